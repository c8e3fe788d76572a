package com.dealtrace.regulation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.dealtrace.party.CaseOutcome;
import com.dealtrace.party.CaseStatus;
import com.dealtrace.party.PartyChoice;
import com.dealtrace.web.EditForm;
import com.dealtrace.web.PlainText;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/** The regulatory case editor's form. */
@PlainText
public class CaseForm implements EditForm {

    @NotBlank(message = "{validation.caseForm.deal.notBlank}")
    private String deal;
    @NotNull(message = "{validation.caseForm.regulator.notBlank}")
    private PartyChoice regulator;
    @NotBlank(message = "{validation.caseForm.jurisdiction.notBlank}")
    @Pattern(regexp = "^$|^[A-Z]{2}$", message = "{validation.caseForm.jurisdiction.pattern}")
    private String jurisdiction;
    @Size(max = 100)
    private String reference;
    @NotBlank(message = "{validation.caseForm.title.notBlank}")
    @Size(max = 300, message = "{validation.caseForm.title.size}")
    private String title;
    @Size(max = 2_000)
    @Pattern(regexp = "^$|^https?://\\S+$", message = "{validation.caseForm.url.pattern}")
    private String url;
    @PastOrPresent(message = "{validation.caseForm.openedOn.pastOrPresent}")
    private LocalDate openedOn;
    @PastOrPresent(message = "{validation.caseForm.decidedOn.pastOrPresent}")
    private LocalDate decidedOn;
    @NotNull(message = "{validation.caseForm.status.notNull}")
    private CaseStatus status = CaseStatus.OPEN;
    private CaseOutcome outcome;
    private Integer version;

    static CaseForm of(RegulatoryCase c, String dealSlug, PartyChoice regulator) {
        var form = new CaseForm();
        form.deal = dealSlug;
        form.regulator = regulator;
        form.jurisdiction = c.getJurisdiction();
        form.reference = c.getReference();
        form.title = c.getTitle();
        form.url = c.getUrl();
        form.openedOn = c.getOpenedOn();
        form.decidedOn = c.getDecidedOn();
        form.status = c.getStatus();
        form.outcome = c.getOutcome();
        form.version = c.getVersion();
        return form;
    }

    void validateAcross(Errors errors) {
        if (openedOn != null && decidedOn != null && decidedOn.isBefore(openedOn)) {
            errors.rejectValue("decidedOn", "validation.caseForm.decidedOn.order", "A case is decided after it opens.");
        }
        if (status == CaseStatus.CLOSED && outcome == null) {
            errors.rejectValue("outcome", "validation.caseForm.outcome.required", "A closed case needs its outcome.");
        }
    }

    Map<String, String> snapshot() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("case.edit.field.deal", deal);
        values.put("case.edit.field.regulator", regulator == null ? null : regulator.typed());
        values.put("case.edit.field.jurisdiction", jurisdiction);
        values.put("case.edit.field.reference", reference);
        values.put("case.edit.field.title", title);
        values.put("case.edit.field.url", url);
        values.put("case.edit.field.openedOn", openedOn == null ? null : openedOn.toString());
        values.put("case.edit.field.decidedOn", decidedOn == null ? null : decidedOn.toString());
        values.put("case.edit.field.status", status == null ? null : status.name());
        values.put("case.edit.field.outcome", outcome == null ? null : outcome.name());
        return values;
    }


    public String getDeal() {
        return deal;
    }

    public void setDeal(String deal) {
        this.deal = deal;
    }

    public PartyChoice getRegulator() {
        return regulator;
    }

    public void setRegulator(PartyChoice regulator) {
        this.regulator = regulator;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public void setOpenedOn(LocalDate openedOn) {
        this.openedOn = openedOn;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public CaseOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(CaseOutcome outcome) {
        this.outcome = outcome;
    }

    @Override
    public Integer getVersion() {
        return version;
    }

    @Override
    public void setVersion(Integer version) {
        this.version = version;
    }
}
