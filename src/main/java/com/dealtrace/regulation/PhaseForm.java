package com.dealtrace.regulation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.dealtrace.web.EditForm;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.springframework.validation.Errors;

/** A phase of a case: which, when it started, whether remedies were offered, and when it was decided. */
public class PhaseForm implements EditForm {

    @NotNull(message = "{validation.phaseForm.phase.notNull}")
    private Phase phase;
    @NotNull(message = "{validation.phaseForm.startedOn.notNull}")
    @PastOrPresent(message = "{validation.phaseForm.startedOn.pastOrPresent}")
    private LocalDate startedOn;
    private boolean remedies;
    @PastOrPresent(message = "{validation.phaseForm.decidedOn.pastOrPresent}")
    private LocalDate decidedOn;
    private Integer version;

    static PhaseForm of(PhaseQueries.PhaseRow row) {
        var form = new PhaseForm();
        form.phase = row.phase();
        form.startedOn = row.startedOn();
        form.remedies = row.remedies();
        form.decidedOn = row.decidedOn();
        form.version = row.version();
        return form;
    }

    void validateAcross(Errors errors) {
        if (startedOn != null && decidedOn != null && decidedOn.isBefore(startedOn)
                && !errors.hasFieldErrors("decidedOn")) {
            errors.rejectValue("decidedOn", "validation.phaseForm.decidedOn.beforeStart",
                    "The decision cannot come before the phase started.");
        }
    }

    Map<String, String> snapshot() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("case.phase.field.phase", phase == null ? null : phase.name());
        values.put("case.phase.field.startedOn", startedOn == null ? null : startedOn.toString());
        values.put("case.phase.field.remedies", remedies ? "yes" : null);
        values.put("case.phase.field.decidedOn", decidedOn == null ? null : decidedOn.toString());
        return values;
    }

    public Phase getPhase() {
        return phase;
    }

    public void setPhase(Phase phase) {
        this.phase = phase;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(LocalDate startedOn) {
        this.startedOn = startedOn;
    }

    public boolean isRemedies() {
        return remedies;
    }

    public void setRemedies(boolean remedies) {
        this.remedies = remedies;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
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
