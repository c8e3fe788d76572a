package com.dealtrace.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A source cited for an event with its stance (supports, contradicts, context), an optional quote, locator and note. */
@Entity
@Table(name = "citation")
class Citation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "source_id")
    private long sourceId;
    @Column(name = "deal_id")
    private long dealId;
    private String quote;
    private String locator;
    private String note;
    @Enumerated(EnumType.STRING)
    private Stance stance = Stance.SUPPORTS;

    protected Citation() {
    }

    Citation(long sourceId, long dealId, Stance stance, String quote, String locator, String note) {
        this.sourceId = sourceId;
        this.stance = stance == null ? Stance.SUPPORTS : stance;
        this.dealId = dealId;
        this.quote = quote;
        this.locator = locator;
        this.note = note;
    }

    void take(Citation other) {
        quote = other.quote;
        locator = other.locator;
        note = other.note;
        stance = other.stance;
    }

    Stance getStance() {
        return stance;
    }

    long getSourceId() {
        return sourceId;
    }

    String getQuote() {
        return quote;
    }

    String getLocator() {
        return locator;
    }

    String getNote() {
        return note;
    }
}
