package com.dealtrace.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.dealtrace.web.DatePrecision;
import com.dealtrace.web.EditForm;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An event as editors change it, with the sources cited for it; timelines read events through {@link EventQueries}. */
@Entity
@Table(name = "event")
class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "deal_id")
    private long dealId;
    @Column(name = "occurred_on")
    private LocalDate occurredOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    private DatePrecision datePrecision;
    @Enumerated(EnumType.STRING)
    private EventKind kind;
    private String title;
    private String description = "";
    @Column(name = "regulatory_case_id")
    private Long regulatoryCaseId;
    @Version
    private int version;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt = OffsetDateTime.now();
    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;
    @Column(name = "dispute_resolved_at")
    private OffsetDateTime disputeResolvedAt;
    @Column(name = "dispute_resolved_by")
    private String disputeResolvedBy;
    @Column(name = "dispute_note")
    private String disputeNote;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "event_id", nullable = false)
    @OrderBy("id")
    private List<Citation> citations = new ArrayList<>();

    protected Event() {
    }

    Event(long dealId) {
        this.dealId = dealId;
    }

    void apply(EventForm form, Long caseId, List<Citation> newCitations) {
        var date = form.date();
        occurredOn = date.date();
        datePrecision = date.precision();
        kind = form.getKind();
        title = form.getTitle().trim();
        description = Objects.requireNonNullElse(EditForm.text(form.getDescription()), "");
        regulatoryCaseId = caseId;
        var contradictingBefore = contradicting();
        // Keep the rows of sources still cited: Hibernate inserts before it deletes, so re-adding a source
        // that is removed in the same flush would break the one-citation-per-source rule.
        citations.removeIf(old -> newCitations.stream().noneMatch(c -> c.getSourceId() == old.getSourceId()));
        for (Citation wanted : newCitations) {
            citations.stream().filter(c -> c.getSourceId() == wanted.getSourceId()).findFirst()
                    .ifPresentOrElse(kept -> kept.take(wanted), () -> citations.add(wanted));
        }
        if (!contradictingBefore.containsAll(contradicting())) {
            // a source that newly contradicts the event opens the dispute again
            disputeResolvedAt = null;
            disputeResolvedBy = null;
            disputeNote = null;
        }
        updatedAt = OffsetDateTime.now();
    }

    private List<Long> contradicting() {
        return citations.stream().filter(c -> c.getStance() == Stance.CONTRADICTS).map(Citation::getSourceId).toList();
    }

    /** Whether a source contradicts the event and no editor has resolved that yet. */
    boolean isDisputed() {
        return !contradicting().isEmpty() && disputeResolvedAt == null;
    }

    void resolveDispute(String by, String note) {
        disputeResolvedAt = OffsetDateTime.now();
        disputeResolvedBy = by;
        disputeNote = note;
        updatedAt = disputeResolvedAt;
    }

    void delete() {
        deletedAt = OffsetDateTime.now();
    }

    Long getId() {
        return id;
    }

    long getDealId() {
        return dealId;
    }

    LocalDate getOccurredOn() {
        return occurredOn;
    }

    DatePrecision getDatePrecision() {
        return datePrecision;
    }

    EventKind getKind() {
        return kind;
    }

    String getTitle() {
        return title;
    }

    String getDescription() {
        return description;
    }

    Long getRegulatoryCaseId() {
        return regulatoryCaseId;
    }

    int getVersion() {
        return version;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    List<Citation> getCitations() {
        return citations;
    }
}
