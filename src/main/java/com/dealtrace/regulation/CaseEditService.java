package com.dealtrace.regulation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.dealtrace.deal.DealRef;
import com.dealtrace.deal.DealService;
import com.dealtrace.history.ChangeAction;
import com.dealtrace.history.ChangeEntity;
import com.dealtrace.history.FieldChange;
import com.dealtrace.history.History;
import com.dealtrace.party.PartyDirectory;
import com.dealtrace.party.PartyService;
import com.dealtrace.security.Audience;
import com.dealtrace.web.NotFoundException;
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
    private final History history;

    CaseEditService(CaseRepository cases, DealService deals, PartyService parties, History history) {
        this.cases = cases;
        this.deals = deals;
        this.parties = parties;
        this.history = history;
    }

    /** The case editor: the case's slug (null when new), the form, and the deals and regulators to pick. */
    public record Editing(String slug, CaseForm form, List<DealRef> deals, List<PartyDirectory.Entry> regulators) {
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
        return new Editing(slug, form, deals.refs(Audience.EDITOR), parties.directory().regulators());
    }

    @Transactional(readOnly = true)
    public void validate(CaseForm form, Errors errors) {
        form.validateAcross(errors);
        if (form.getDeal() != null && !form.getDeal().isBlank() && deal(form).isEmpty()) {
            errors.rejectValue("deal", "validation.caseForm.deal.unknown", "Choose a deal from the list.");
        }
        if (form.getRegulator() != null && !form.getRegulator().isBlank() && regulator(form).isEmpty()) {
            errors.rejectValue("regulator", "validation.caseForm.regulator.unknown", "Choose a regulator from the list.");
        }
    }

    public String create(CaseForm form) {
        var c = new RegulatoryCase(Slugs.unique(form.getTitle(), cases::existsBySlug));
        c.apply(form, deal(form).orElseThrow().id(), regulator(form).orElseThrow().id());
        cases.saveAndFlush(c);
        history.record(ChangeEntity.CASE, c.getId(), c.getDealId(), ChangeAction.CREATED,
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
        c.apply(form, deal(form).orElseThrow().id(), regulator(form).orElseThrow().id());
        cases.flush();
        var changes = FieldChange.between(before, form.snapshot());
        if (!changes.isEmpty()) {
            history.record(ChangeEntity.CASE, c.getId(), c.getDealId(), ChangeAction.UPDATED,
                    "Edited the case “" + c.getTitle() + "”", changes);
        }
        return Saved.done();
    }

    private CaseForm current(RegulatoryCase c) {
        String dealSlug = deals.header(c.getDealId(), Audience.EDITOR).slug();
        return CaseForm.of(c, dealSlug, parties.directory().slugsById().get(c.getRegulatorId()));
    }

    private Optional<DealRef> deal(CaseForm form) {
        return deals.refs(Audience.EDITOR).stream().filter(d -> d.slug().equals(form.getDeal())).findFirst();
    }

    private Optional<PartyDirectory.Entry> regulator(CaseForm form) {
        return parties.directory().regulators().stream().filter(p -> p.slug().equals(form.getRegulator())).findFirst();
    }

    private RegulatoryCase find(String slug) {
        return cases.findBySlug(slug).orElseThrow(() -> new NotFoundException("Regulatory case", slug));
    }

}
