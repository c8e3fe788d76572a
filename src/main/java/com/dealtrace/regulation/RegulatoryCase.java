package com.dealtrace.regulation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.dealtrace.party.CaseOutcome;
import com.dealtrace.party.CaseStatus;
import com.dealtrace.web.EditForm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A regulatory case as editors change it; pages read cases through {@link CaseQueries}. */
@Entity
@Table(name = "regulatory_case")
class RegulatoryCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String slug;
    @Column(name = "deal_id")
    private long dealId;
    @Column(name = "regulator_id")
    private long regulatorId;
    private String jurisdiction;
    private String reference;
    private String title;
    private String url;
    @Column(name = "opened_on")
    private LocalDate openedOn;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    @Enumerated(EnumType.STRING)
    private CaseOutcome outcome;
    @Version
    private int version;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt = OffsetDateTime.now();

    protected RegulatoryCase() {
    }

    RegulatoryCase(String slug) {
        this.slug = slug;
    }

    void apply(CaseForm form, long dealId, long regulatorId) {
        this.dealId = dealId;
        this.regulatorId = regulatorId;
        jurisdiction = form.getJurisdiction().trim();
        reference = EditForm.text(form.getReference());
        title = form.getTitle().trim();
        url = EditForm.text(form.getUrl());
        openedOn = form.getOpenedOn();
        decidedOn = form.getDecidedOn();
        status = form.getStatus();
        outcome = form.getOutcome();
        updatedAt = OffsetDateTime.now();
    }

    Long getId() {
        return id;
    }

    String getSlug() {
        return slug;
    }

    long getDealId() {
        return dealId;
    }

    long getRegulatorId() {
        return regulatorId;
    }

    String getJurisdiction() {
        return jurisdiction;
    }

    String getReference() {
        return reference;
    }

    String getTitle() {
        return title;
    }

    String getUrl() {
        return url;
    }

    LocalDate getOpenedOn() {
        return openedOn;
    }

    LocalDate getDecidedOn() {
        return decidedOn;
    }

    CaseStatus getStatus() {
        return status;
    }

    CaseOutcome getOutcome() {
        return outcome;
    }

    int getVersion() {
        return version;
    }
}
