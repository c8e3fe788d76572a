package com.dealtrace.deal;

import com.dealtrace.party.ParticipantRole;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A party's part in a deal, as editors set it. */
@Entity
@Table(name = "deal_participant")
class Participation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "party_id")
    private long partyId;

    @Enumerated(EnumType.STRING)
    private ParticipantRole role;

    private String note;

    private int position;

    protected Participation() {
    }

    Participation(long partyId, ParticipantRole role, String note, int position) {
        this.partyId = partyId;
        this.role = role;
        this.note = note;
        this.position = position;
    }

    boolean sameRole(Participation other) {
        return partyId == other.partyId && role == other.role;
    }

    void take(Participation other) {
        note = other.note;
        position = other.position;
    }

    long getPartyId() {
        return partyId;
    }

    ParticipantRole getRole() {
        return role;
    }

    String getNote() {
        return note;
    }
}
