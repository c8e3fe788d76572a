package com.dealtrace.party;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.dealtrace.change.ChangeAction;
import com.dealtrace.change.ChangeEntity;
import com.dealtrace.change.Changes;
import com.dealtrace.change.FieldChange;
import com.dealtrace.web.EditForm;
import com.dealtrace.web.NotFoundException;
import com.dealtrace.web.Pick;
import com.dealtrace.web.Saved;
import com.dealtrace.web.Slugs;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Adds and edits parties, recording every change. */
@Service
@Transactional
public class PartyEditService {

    private final PartyRepository parties;
    private final PartyQueries queries;
    private final Changes changeLog;

    PartyEditService(PartyRepository parties, PartyQueries queries, Changes changeLog) {
        this.parties = parties;
        this.queries = queries;
        this.changeLog = changeLog;
    }

    /**
     * The party editor: the party's slug (null when new), the form, the organisations found for the organisation
     * picker and the name of the one it names (both by field name).
     */
    public record Editing(String slug, PartyForm form, Map<String, List<Pick>> picks, Map<String, String> labels) {
    }

    @Transactional(readOnly = true)
    public Editing newParty() {
        return editing(null, new PartyForm(), Map.of());
    }

    @Transactional(readOnly = true)
    public Editing edit(String slug) {
        var party = find(slug);
        return editing(slug, PartyForm.of(party, organisation(party)), Map.of());
    }

    @Transactional(readOnly = true)
    public Editing again(String slug, PartyForm form) {
        return editing(slug, form, Map.of());
    }

    /** Parties that may be the one a new party's form describes, for a warning before it is saved twice. */
    @Transactional(readOnly = true)
    public List<Pick> similar(PartyForm form) {
        return form.isSaveAnyway() || EditForm.text(form.getName()) == null ? List.of()
                : queries.similar(Pick.clean(form.getName()), PartyForm.aliases(form.getAliases()).stream().map(Pick::clean).toList());
    }

    /** The form again after "Find": the organisations matching what the editor typed, by name or alias. */
    @Transactional(readOnly = true)
    public Editing step(String slug, PartyForm form, String find) {
        Map<String, List<Pick>> picks = new HashMap<>();
        if ("organisation".equals(find)) {
            picks.put(find, queries.pick(Pick.clean(form.getOrganisation() == null ? null : form.getOrganisation().typed()),
                    Arrays.stream(PartyKind.values()).filter(k -> k != PartyKind.PERSON).map(Enum::name).toList()));
        }
        return editing(slug, form, picks);
    }

    private Editing editing(String slug, PartyForm form, Map<String, List<Pick>> picks) {
        Map<String, String> labels = new HashMap<>();
        if (form.getOrganisation() != null && form.getOrganisation().known()) {
            labels.put("organisation", form.getOrganisation().name());
        }
        return new Editing(slug, form, picks, labels);
    }

    @Transactional(readOnly = true)
    public void validate(String slug, PartyForm form, Errors errors) {
        String wanted = EditForm.text(form.getSlug());
        if (wanted != null && !errors.hasFieldErrors("slug") && !wanted.equals(slug) && parties.existsBySlug(wanted)) {
            errors.rejectValue("slug", "validation.slug.taken", "This slug is taken.");
        }
        var organisation = form.getOrganisation();
        if (organisation == null) {
            return;
        }
        if (!organisation.known() || organisation.party().kind() == PartyKind.PERSON || organisation.typed().equals(slug)) {
            errors.rejectValue("organisation", "validation.partyForm.organisation.unknown", "Choose an organisation from the list.");
        }
        else if (form.getKind() != PartyKind.PERSON) {
            errors.rejectValue("organisation", "validation.partyForm.organisation.person", "Only a person belongs to an organisation.");
        }
    }

    public String create(PartyForm form) {
        String wanted = EditForm.text(form.getSlug());
        var party = new Party(wanted != null ? wanted : Slugs.unique(form.getName(), parties::existsBySlug));
        party.apply(form, organisationId(form));
        parties.saveAndFlush(party);
        changeLog.record(ChangeEntity.PARTY, party.getId(), null, ChangeAction.CREATED, "Added the party " + party.getName(),
                FieldChange.between(Map.of(), form.snapshot()));
        return party.getSlug();
    }

    public Saved update(String slug, PartyForm form) {
        var party = parties.lockBySlug(slug).orElseThrow(() -> new NotFoundException("Party", slug));
        var current = PartyForm.of(party, organisation(party)).snapshot();
        var conflict = Saved.check(form.getVersion(), party.getVersion(), FieldChange.between(current, form.snapshot()));
        if (conflict != null) {
            return conflict;
        }
        party.apply(form, organisationId(form));
        if (EditForm.text(form.getSlug()) != null) {
            party.setSlug(EditForm.text(form.getSlug()));
        }
        parties.flush();
        var changes = FieldChange.between(current, form.snapshot());
        if (!changes.isEmpty()) {
            changeLog.record(ChangeEntity.PARTY, party.getId(), null, ChangeAction.UPDATED,
                    "Edited the party " + party.getName(), changes);
        }
        return Saved.done();
    }

    private static Long organisationId(PartyForm form) {
        var organisation = form.getOrganisation();
        return organisation == null || !organisation.known() ? null : organisation.party().id();
    }

    /** The person's organisation as the form names it, or null. */
    private PartyChoice organisation(Party party) {
        var id = party.getOrganisationId();
        return id == null ? null : PartyChoice.of(queries.entries(List.of(id)).get(id));
    }

    private Party find(String slug) {
        return parties.findBySlug(slug).orElseThrow(() -> new NotFoundException("Party", slug));
    }

}
