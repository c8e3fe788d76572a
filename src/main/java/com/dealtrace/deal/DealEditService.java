package com.dealtrace.deal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.dealtrace.change.ChangeAction;
import com.dealtrace.change.ChangeEntity;
import com.dealtrace.change.Changes;
import com.dealtrace.change.FieldChange;
import com.dealtrace.party.ParticipantRole;
import com.dealtrace.party.PartyService;
import com.dealtrace.web.EditForm;
import com.dealtrace.web.NotFoundException;
import com.dealtrace.web.Pick;
import com.dealtrace.web.Saved;
import com.dealtrace.web.Slugs;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Creates, edits, publishes and deletes deals, recording every change in the deal's history. */
@Service
@Transactional
public class DealEditService {

    private static final Pattern PARTICIPANT_PARTY = Pattern.compile("participants\\[(\\d{1,3})\\]\\.party");

    private final DealRepository deals;
    private final PartyService parties;
    private final Changes changeLog;
    private final DealQueries queries;

    DealEditService(DealRepository deals, PartyService parties, Changes changeLog, DealQueries queries) {
        this.queries = queries;
        this.deals = deals;
        this.parties = parties;
        this.changeLog = changeLog;
    }

    /**
     * What the edit page needs besides the form: the deal's slug (null for a new one), the matches found for a
     * participant picker and the name of the party each participant row names (both by field name).
     */
    public record Editing(String slug, String title, DealForm form, Map<String, List<Pick>> picks,
            Map<String, String> labels) {
    }

    @Transactional(readOnly = true)
    public Editing newDeal() {
        return editing(null, null, new DealForm().withSpareRows(), Map.of());
    }

    @Transactional(readOnly = true)
    public Editing edit(String slug) {
        var deal = find(slug);
        return editing(slug, deal.getTitle(), form(deal).withSpareRows(), Map.of());
    }

    /** The same form again with spare rows, after a mistake, keeping everything the editor typed. */
    @Transactional(readOnly = true)
    public Editing again(String slug, DealForm form) {
        String title = slug == null ? null : find(slug).getTitle();
        return editing(slug, title, form.withSpareRows(), Map.of());
    }

    /**
     * The form again after a step that saves nothing: "Add a participant" adds a row, "Find" lists the parties
     * matching what a participant row holds, by name or alias.
     */
    @Transactional(readOnly = true)
    public Editing step(String slug, DealForm form, String find, boolean addRow) {
        String title = slug == null ? null : find(slug).getTitle();
        if (addRow) {
            form.withAnotherRow();
        }
        Map<String, List<Pick>> picks = new HashMap<>();
        var row = find == null ? null : PARTICIPANT_PARTY.matcher(find);
        if (row != null && row.matches() && Integer.parseInt(row.group(1)) < form.getParticipants().size()) {
            var typed = form.getParticipants().get(Integer.parseInt(row.group(1))).getParty();
            picks.put(find, parties.pick(typed == null ? null : typed.typed(), List.of()));
        }
        return editing(slug, title, form.withSpareRows(), picks);
    }

    private Editing editing(String slug, String title, DealForm form, Map<String, List<Pick>> picks) {
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i < form.getParticipants().size(); i++) {
            var party = form.getParticipants().get(i).getParty();
            if (party != null && party.known()) {
                labels.put("participants[" + i + "].party", party.name());
            }
        }
        return new Editing(slug, title, form, picks, labels);
    }

    /** Checks what Bean Validation cannot: fields that go together and parties that must exist. */
    @Transactional(readOnly = true)
    public void validate(String slug, DealForm form, Errors errors) {
        form.validateAcross(errors);
        String wanted = EditForm.text(form.getSlug());
        if (wanted != null && !errors.hasFieldErrors("slug") && !wanted.equals(slug) && deals.existsBySlug(wanted)) {
            errors.rejectValue("slug", "validation.slug.taken", "This slug is taken.");
        }
        for (int i = 0; i < form.getParticipants().size(); i++) {
            var row = form.getParticipants().get(i);
            if (row.isFilled() && !row.getParty().known()) {
                errors.rejectValue("participants[" + i + "].party", "validation.dealForm.participants.party.unknown", "Choose a party from the list.");
            }
        }
    }

    /**
     * Deals that may be the one a new deal's form describes (a similar title, or the same parties, regulators and
     * context left aside, announced in the same month), for a warning before it is saved twice.
     */
    @Transactional(readOnly = true)
    public List<Pick> similar(DealForm form) {
        if (form.isSaveAnyway() || EditForm.text(form.getTitle()) == null) {
            return List.of();
        }
        var parties = form.getParticipants().stream().filter(DealForm.ParticipantRow::isFilled)
                .filter(row -> row.getRole() != ParticipantRole.REGULATOR && row.getRole() != ParticipantRole.CONTEXT)
                .map(row -> row.getParty().typed()).toList();
        return queries.similar(Pick.clean(form.getTitle()), parties, form.getAnnouncedOn());
    }

    public String create(DealForm form) {
        String wanted = EditForm.text(form.getSlug());
        var deal = new Deal(wanted != null ? wanted : Slugs.unique(form.getTitle(), deals::existsBySlug));
        deal.apply(form, participations(form));
        deals.saveAndFlush(deal);
        changeLog.record(ChangeEntity.DEAL, deal.getId(), deal.getId(), ChangeAction.CREATED,
                "Created the deal as a draft", FieldChange.between(Map.of(),
                        form.snapshot()));
        return deal.getSlug();
    }

    public Saved update(String slug, DealForm form) {
        // locked: a save that waited for another sees its version and becomes a conflict, not a failed update
        var deal = deals.lockBySlug(slug).filter(d -> !d.isDeleted()).orElseThrow(() -> new NotFoundException("Deal", slug));
        var current = form(deal).snapshot();
        var conflict = Saved.check(form.getVersion(), deal.getVersion(), FieldChange.between(current, form.snapshot()));
        if (conflict != null) {
            return conflict;
        }
        deal.apply(form, participations(form));
        if (EditForm.text(form.getSlug()) != null) {
            deal.setSlug(EditForm.text(form.getSlug()));
        }
        deals.flush();
        var changes = FieldChange.between(current, form.snapshot());
        if (!changes.isEmpty()) {
            changeLog.record(ChangeEntity.DEAL, deal.getId(), deal.getId(), ChangeAction.UPDATED,
                    "Edited " + changes.size() + (changes.size() == 1 ? " field" : " fields"), changes);
        }
        return Saved.done();
    }

    public void publish(String slug, boolean published) {
        var deal = find(slug);
        if ((deal.getState() == PublicationState.PUBLISHED) == published) {
            return;
        }
        String before = deal.getState().name();
        deal.publish(published);
        deals.flush();
        changeLog.record(ChangeEntity.DEAL, deal.getId(), deal.getId(),
                published ? ChangeAction.PUBLISHED : ChangeAction.UNPUBLISHED,
                published ? "Published the deal" : "Took the deal back to draft",
                List.of(new FieldChange("history.field.state", before, deal.getState().name())));
    }

    /** Deletes the deal softly; deleting it again changes nothing. */
    public void delete(String slug) {
        var deal = deals.findBySlug(slug).orElseThrow(() -> new NotFoundException("Deal", slug));
        if (deal.isDeleted()) {
            return;
        }
        deal.delete();
        deals.flush();
        changeLog.record(ChangeEntity.DEAL, deal.getId(), deal.getId(), ChangeAction.DELETED,
                "Deleted the deal (an admin can restore it)", List.of());
    }

    /** Brings a deleted deal back; only admins reach this. */
    public void restore(String slug) {
        var deal = deals.findBySlug(slug).orElseThrow(() -> new NotFoundException("Deal", slug));
        if (deal.isDeleted()) {
            deal.restore();
            deals.flush();
            changeLog.record(ChangeEntity.DEAL, deal.getId(), deal.getId(), ChangeAction.RESTORED, "Restored the deal",
                    List.of());
        }
    }

    /** A deleted deal, as the admin's restore page lists it. */
    public record DeletedDeal(String slug, String title) {
    }

    @Transactional(readOnly = true)
    public List<DeletedDeal> deleted() {
        return deals.findByDeletedAtIsNotNullOrderByTitle().stream()
                .map(d -> new DeletedDeal(d.getSlug(), d.getTitle()))
                .toList();
    }

    private Deal find(String slug) {
        return deals.findBySlug(slug).filter(d -> !d.isDeleted()).orElseThrow(() -> new NotFoundException("Deal", slug));
    }

    /** The deal's form, with its participants' parties read in one statement. */
    private DealForm form(Deal deal) {
        return DealForm.of(deal, parties.entries(deal.getParticipants().stream().map(Participation::getPartyId).toList()));
    }

    private static List<Participation> participations(DealForm form) {
        List<Participation> result = new ArrayList<>();
        var rows = form.getParticipants();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            if (row.isFilled()) {
                long partyId = row.getParty().party().id();
                result.add(new Participation(partyId, row.getRole(), DealForm.text(row.getNote(), null), i + 1));
            }
        }
        return result;
    }

}
