package com.dealtrace.regulation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.dealtrace.change.ChangeAction;
import com.dealtrace.change.ChangeEntity;
import com.dealtrace.change.Changes;
import com.dealtrace.change.FieldChange;
import com.dealtrace.deal.DealRef;
import com.dealtrace.deal.DealService;
import com.dealtrace.party.PartyChoice;
import com.dealtrace.party.PartyKind;
import com.dealtrace.party.PartyService;
import com.dealtrace.security.Audience;
import com.dealtrace.web.NotFoundException;
import com.dealtrace.web.Pick;
import com.dealtrace.web.Saved;
import com.dealtrace.web.Slugs;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Adds and edits regulatory cases, recording every change in the history of the case's deal. */
@Service
@Transactional
public class CaseEditService {

    private final CaseRepository cases;
    private final DealService deals;
    private final PartyService parties;
    private final Changes changeLog;

    CaseEditService(CaseRepository cases, DealService deals, PartyService parties, Changes changeLog) {
        this.cases = cases;
        this.deals = deals;
        this.parties = parties;
        this.changeLog = changeLog;
    }

    /**
     * The case editor: the case's slug (null when new), the form, the matches found for a picker and what the deal
     * and regulator pickers name (both by field name).
     */
    public record Editing(String slug, CaseForm form, Map<String, List<Pick>> picks, Map<String, String> labels) {
    }

    /** The form again after "Find": the deals or regulators matching what the editor typed. */
    @Transactional(readOnly = true)
    public Editing step(String slug, CaseForm form, String find) {
        Map<String, List<Pick>> picks = new HashMap<>();
        if ("deal".equals(find)) {
            picks.put(find, deals.pick(form.getDeal()));
        }
        else if ("regulator".equals(find)) {
            picks.put(find, parties.pick(form.getRegulator() == null ? null : form.getRegulator().typed(), List.of(PartyKind.REGULATOR, PartyKind.GOVERNMENT_BODY)));
        }
        return editing(slug, form, picks);
    }

    @Transactional(readOnly = true)
    public Editing newCase(String dealSlug) {
        var form = new CaseForm();
        form.setDeal(dealSlug);
        return again(null, form);
    }

    @Transactional(readOnly = true)
    public Editing edit(String slug) {
        var c = find(slug);
        return again(slug, current(c));
    }

    @Transactional(readOnly = true)
    public Editing again(String slug, CaseForm form) {
        return editing(slug, form, Map.of());
    }

    private Editing editing(String slug, CaseForm form, Map<String, List<Pick>> picks) {
        Map<String, String> labels = new HashMap<>();
        deal(form).ifPresent(d -> labels.put("deal", d.title()));
        if (form.getRegulator() != null && form.getRegulator().regulator()) {
            labels.put("regulator", form.getRegulator().name());
        }
        return new Editing(slug, form, picks, labels);
    }

    @Transactional(readOnly = true)
    public void validate(CaseForm form, Errors errors) {
        form.validateAcross(errors);
        if (form.getDeal() != null && !form.getDeal().isBlank() && deal(form).isEmpty()) {
            errors.rejectValue("deal", "validation.caseForm.deal.unknown", "Choose a deal from the list.");
        }
        if (form.getRegulator() != null && !form.getRegulator().regulator()) {
            errors.rejectValue("regulator", "validation.caseForm.regulator.unknown", "Choose a regulator from the list.");
        }
    }

    public String create(CaseForm form) {
        var c = new RegulatoryCase(Slugs.unique(form.getTitle(), cases::existsBySlug));
        c.apply(form, deal(form).orElseThrow().id(), form.getRegulator().party().id());
        cases.saveAndFlush(c);
        changeLog.record(ChangeEntity.CASE, c.getId(), c.getDealId(), ChangeAction.CREATED,
                "Opened the case “" + c.getTitle() + "”", FieldChange.between(Map.of(), form.snapshot()));
        return c.getSlug();
    }

    public Saved update(String slug, CaseForm form) {
        var c = cases.lockBySlug(slug).orElseThrow(() -> new NotFoundException("Regulatory case", slug));
        var before = current(c).snapshot();
        var conflict = Saved.check(form.getVersion(), c.getVersion(), FieldChange.between(before, form.snapshot()));
        if (conflict != null) {
            return conflict;
        }
        c.apply(form, deal(form).orElseThrow().id(), form.getRegulator().party().id());
        cases.flush();
        var changes = FieldChange.between(before, form.snapshot());
        if (!changes.isEmpty()) {
            changeLog.record(ChangeEntity.CASE, c.getId(), c.getDealId(), ChangeAction.UPDATED,
                    "Edited the case “" + c.getTitle() + "”", changes);
        }
        return Saved.done();
    }

    private CaseForm current(RegulatoryCase c) {
        String dealSlug = deals.header(c.getDealId(), Audience.EDITOR).slug();
        return CaseForm.of(c, dealSlug, PartyChoice.of(parties.entry(c.getRegulatorId())));
    }

    private Optional<DealRef> deal(CaseForm form) {
        return deals.ref(form.getDeal());
    }

    private RegulatoryCase find(String slug) {
        return cases.findBySlug(slug).orElseThrow(() -> new NotFoundException("Regulatory case", slug));
    }

}
