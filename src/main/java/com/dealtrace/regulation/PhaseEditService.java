package com.dealtrace.regulation;

import java.util.List;
import java.util.Map;

import com.dealtrace.change.ChangeAction;
import com.dealtrace.change.ChangeEntity;
import com.dealtrace.change.Changes;
import com.dealtrace.change.FieldChange;
import com.dealtrace.web.NotFoundException;
import com.dealtrace.web.Saved;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Adds, edits and removes the phases of a case, counting each deadline and recording the change in the history. */
@Service
@Transactional
public class PhaseEditService {

    private final CaseRepository cases;
    private final PhaseQueries phases;
    private final CaseClocks clocks;
    private final Changes changeLog;

    PhaseEditService(CaseRepository cases, PhaseQueries phases, CaseClocks clocks, Changes changeLog) {
        this.cases = cases;
        this.phases = phases;
        this.clocks = clocks;
        this.changeLog = changeLog;
    }

    /** The phase editor: the case, the phase (null when new) and the form. */
    public record Editing(String caseSlug, String caseTitle, Long phaseId, PhaseForm form) {
    }

    @Transactional(readOnly = true)
    public Editing newPhase(String caseSlug) {
        return again(caseSlug, null, new PhaseForm());
    }

    @Transactional(readOnly = true)
    public Editing edit(String caseSlug, long phaseId) {
        var c = find(caseSlug);
        return new Editing(caseSlug, c.getTitle(), phaseId, PhaseForm.of(phase(c, phaseId)));
    }

    @Transactional(readOnly = true)
    public Editing again(String caseSlug, Long phaseId, PhaseForm form) {
        var c = find(caseSlug);
        if (phaseId != null) {
            phase(c, phaseId);
        }
        return new Editing(caseSlug, c.getTitle(), phaseId, form);
    }

    public void validate(PhaseForm form, Errors errors) {
        form.validateAcross(errors);
    }

    public void create(String caseSlug, PhaseForm form) {
        var c = lock(caseSlug);
        phases.insert(c.getId(), form.getPhase(), form.getStartedOn(), form.isRemedies(),
                clocks.deadline(form.getPhase(), form.getStartedOn(), form.isRemedies()), form.getDecidedOn());
        changeLog.record(ChangeEntity.CASE, c.getId(), c.getDealId(), ChangeAction.UPDATED,
                "Added a phase to the case “" + c.getTitle() + "”", FieldChange.between(Map.of(), form.snapshot()));
    }

    public Saved update(String caseSlug, long phaseId, PhaseForm form) {
        var c = lock(caseSlug);
        var saved = phase(c, phaseId);
        var before = PhaseForm.of(saved).snapshot();
        var conflict = Saved.check(form.getVersion(), saved.version(), FieldChange.between(before, form.snapshot()));
        if (conflict != null) {
            return conflict;
        }
        phases.update(phaseId, saved.version(), form.getPhase(), form.getStartedOn(), form.isRemedies(),
                clocks.deadline(form.getPhase(), form.getStartedOn(), form.isRemedies()), form.getDecidedOn());
        var changes = FieldChange.between(before, form.snapshot());
        if (!changes.isEmpty()) {
            changeLog.record(ChangeEntity.CASE, c.getId(), c.getDealId(), ChangeAction.UPDATED,
                    "Edited a phase of the case “" + c.getTitle() + "”", changes);
        }
        return Saved.done();
    }

    public void delete(String caseSlug, long phaseId) {
        var c = lock(caseSlug);
        var saved = phase(c, phaseId);
        phases.delete(phaseId);
        changeLog.record(ChangeEntity.CASE, c.getId(), c.getDealId(), ChangeAction.UPDATED,
                "Removed a phase from the case “" + c.getTitle() + "”",
                FieldChange.between(PhaseForm.of(saved).snapshot(), Map.of()));
    }

    private PhaseQueries.PhaseRow phase(RegulatoryCase c, long phaseId) {
        return phases.find(c.getId(), phaseId).orElseThrow(() -> new NotFoundException("Phase", phaseId));
    }

    private RegulatoryCase find(String slug) {
        return cases.findBySlug(slug).orElseThrow(() -> new NotFoundException("Regulatory case", slug));
    }

    private RegulatoryCase lock(String slug) {
        return cases.lockBySlug(slug).orElseThrow(() -> new NotFoundException("Regulatory case", slug));
    }

    /** The phases an editor chooses from. */
    static List<Phase> choices() {
        return List.of(Phase.values());
    }
}
