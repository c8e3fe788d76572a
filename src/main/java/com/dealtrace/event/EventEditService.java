package com.dealtrace.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.dealtrace.change.ChangeAction;
import com.dealtrace.change.ChangeEntity;
import com.dealtrace.change.Changes;
import com.dealtrace.change.FieldChange;
import com.dealtrace.deal.DealHeader;
import com.dealtrace.deal.DealService;
import com.dealtrace.security.Audience;
import com.dealtrace.security.CurrentUser;
import com.dealtrace.source.SourceEditService;
import com.dealtrace.source.SourceOption;
import com.dealtrace.source.SourceService;
import com.dealtrace.web.EditForm;
import com.dealtrace.web.NotFoundException;
import com.dealtrace.web.Pick;
import com.dealtrace.web.Saved;

import jakarta.validation.Validator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/** Adds, edits and deletes the events of a deal with the sources cited for them, recording every change. */
@Service
@Transactional
public class EventEditService {

    private static final Set<String> NEW_SOURCE_FIELDS = Set.of("url", "title", "publisherName", "publisherKind", "risk");
    private static final Pattern CITATION_SOURCE = Pattern.compile("citations\\[(\\d{1,3})\\]\\.source");

    private final EventRepository events;
    private final DealService deals;
    private final SourceService sources;
    private final EventQueries cases;
    private final Changes changeLog;
    private final SourceEditService sourceEdits;
    private final Validator validator;

    EventEditService(EventRepository events, DealService deals, SourceService sources, EventQueries cases,
            Changes changeLog, SourceEditService sourceEdits, Validator validator) {
        this.events = events;
        this.deals = deals;
        this.sources = sources;
        this.cases = cases;
        this.changeLog = changeLog;
        this.sourceEdits = sourceEdits;
        this.validator = validator;
    }

    /**
     * The event editor: the deal, the event (null when new), the form, the deal's cases, the matches found for a
     * picker (by field name), the title of each source a citation row names (by field name), and the known source
     * whose address the new-source fields repeat (null if none), offered to cite instead.
     */
    public record Editing(DealHeader deal, Long eventId, EventForm form, List<CaseOption> cases,
            Map<String, List<Pick>> picks, Map<String, String> labels, SourceOption known) {
    }

    /**
     * The form again after a step that saves nothing: "Add a source" adds a row, "Find" lists the sources matching
     * what a citation row holds (the deal's cited sources first).
     */
    @Transactional(readOnly = true)
    public Editing step(String dealSlug, Long eventId, EventForm form, String find, boolean addRow, Long citeKnown) {
        var deal = eventId == null ? deals.header(dealSlug, Audience.EDITOR)
                : deals.header(find(eventId).getDealId(), Audience.EDITOR);
        if (citeKnown != null) {
            form.cite(citeKnown);
        }
        if (addRow) {
            form.withAnotherRow();
        }
        Map<String, List<Pick>> picks = new HashMap<>();
        var row = find == null ? null : CITATION_SOURCE.matcher(find);
        if (row != null && row.matches() && Integer.parseInt(row.group(1)) < form.getCitations().size()) {
            picks.put(find, sources.pick(form.getCitations().get(Integer.parseInt(row.group(1))).getSource(), deal.slug()));
        }
        return editing(deal, eventId, form.withSpareRows(), picks);
    }

    @Transactional(readOnly = true)
    public Editing newEvent(String dealSlug, Long citing) {
        var deal = deals.header(dealSlug, Audience.EDITOR);
        var form = new EventForm();
        if (citing != null) {
            form.cite(citing);
        }
        return editing(deal, null, form.withSpareRows());
    }

    /** The event's form; with citing, that source is added as a citation row unless the event cites it already. */
    @Transactional(readOnly = true)
    public Editing edit(long eventId, Long citing) {
        var event = find(eventId);
        var deal = deals.header(event.getDealId(), Audience.EDITOR);
        var caseSlug = caseSlug(deal.id(), event.getRegulatoryCaseId());
        var form = EventForm.of(event, caseSlug);
        if (citing != null && form.getCitations().stream().noneMatch(row -> citing.equals(row.sourceId()))) {
            form.cite(citing);
        }
        return editing(deal, eventId, form.withSpareRows());
    }

    @Transactional(readOnly = true)
    public Editing again(String dealSlug, Long eventId, EventForm form) {
        var deal = eventId == null ? deals.header(dealSlug, Audience.EDITOR)
                : deals.header(find(eventId).getDealId(), Audience.EDITOR);
        // a new source typed with the address of a known one: offer that one
        var known = form.getNewSource().isFilled() ? sourceEdits.duplicateOf(null, form.getNewSource().getUrl()) : null;
        return editing(deal, eventId, form.withSpareRows(), Map.of(), known);
    }

    /**
     * Checks that cited sources and the case exist, that no source is cited twice, and that a new source typed in the
     * form passes the source form's rules.
     */
    @Transactional(readOnly = true)
    public void validate(String dealSlug, Long eventId, EventForm form, Errors errors) {
        var deal = eventId == null ? deals.header(dealSlug, Audience.EDITOR)
                : deals.header(find(eventId).getDealId(), Audience.EDITOR);
        form.validateAcross(errors);
        validateNewSource(form, errors);
        var named = sources.resolve(form.getCitations().stream().filter(EventForm.CitationRow::isFilled)
                .map(row -> row.getSource().strip()).toList());
        var seen = new HashSet<Long>();
        for (int i = 0; i < form.getCitations().size(); i++) {
            var row = form.getCitations().get(i);
            if (!row.isFilled()) {
                continue;
            }
            Long id = named.get(row.getSource().strip());
            if (id == null) {
                errors.rejectValue("citations[" + i + "].source", "validation.eventForm.citations.source.unknown",
                        "No source has this number or address: type part of its title and choose Find.");
            }
            else if (!seen.add(id)) {
                errors.rejectValue("citations[" + i + "].source", "validation.eventForm.citations.source.duplicate", "This source is cited already.");
            }
            else {
                row.setSource(String.valueOf(id));
            }
        }
        if (form.getRegulatoryCase() != null && !form.getRegulatoryCase().isBlank()
                && caseId(deal.id(), form.getRegulatoryCase()).isEmpty()) {
            errors.rejectValue("regulatoryCase", "validation.eventForm.regulatoryCase.unknown", "Choose one of this deal's cases.");
        }
    }

    /** The source form's own rules, bean and cross-field, applied to the new-source fields; errors go beside them. */
    private void validateNewSource(EventForm form, Errors errors) {
        if (!form.getNewSource().isFilled() || errors.hasFieldErrors("newSource.*")) {
            return;
        }
        var sourceForm = form.getNewSource().toSourceForm();
        var sourceErrors = new BeanPropertyBindingResult(sourceForm, "newSource");
        for (var violation : validator.validate(sourceForm)) {
            var field = violation.getPropertyPath().toString();
            if (NEW_SOURCE_FIELDS.contains(field) && !sourceErrors.hasFieldErrors(field)) {
                // the source form's message key, as its own field error would carry it
                var key = violation.getMessageTemplate().replaceAll("^\\{|\\}$", "");
                sourceErrors.rejectValue(field, key, violation.getMessage());
            }
        }
        sourceEdits.validate(null, sourceForm, sourceErrors);
        for (var error : sourceErrors.getFieldErrors()) {
            if (NEW_SOURCE_FIELDS.contains(error.getField()) && !errors.hasFieldErrors("newSource." + error.getField())) {
                errors.rejectValue("newSource." + error.getField(), error.getCode(), error.getArguments(),
                        error.getDefaultMessage());
            }
        }
    }

    public long create(String dealSlug, EventForm form) {
        var deal = deals.header(dealSlug, Audience.EDITOR);
        createNewSource(form);
        var event = new Event(deal.id());
        event.apply(form, caseId(deal.id(), form.getRegulatoryCase()).orElse(null), citations(deal.id(), form));
        events.saveAndFlush(event);
        changeLog.record(ChangeEntity.EVENT, event.getId(), deal.id(), ChangeAction.CREATED,
                "Added the event “" + event.getTitle() + "”", FieldChange.between(Map.of(), form.snapshot(titles(form))));
        return event.getId();
    }

    public Saved update(long eventId, EventForm form) {
        var event = events.lockById(eventId).filter(e -> !e.isDeleted()).orElseThrow(() -> new NotFoundException("Event", eventId));
        var saved = EventForm.of(event, caseSlug(event.getDealId(), event.getRegulatoryCaseId()));
        var titles = titles(saved, form);
        var current = saved.snapshot(titles);
        var conflict = Saved.check(form.getVersion(), event.getVersion(), FieldChange.between(current, form.snapshot(titles)));
        if (conflict != null) {
            return conflict;
        }
        if (createNewSource(form)) {
            titles = titles(saved, form);
        }
        event.apply(form, caseId(event.getDealId(), form.getRegulatoryCase()).orElse(null),
                citations(event.getDealId(), form));
        events.flush();
        var changes = FieldChange.between(current, form.snapshot(titles));
        if (!changes.isEmpty()) {
            changeLog.record(ChangeEntity.EVENT, eventId, event.getDealId(), ChangeAction.UPDATED,
                    "Edited the event “" + event.getTitle() + "”", changes);
        }
        return Saved.done();
    }

    /**
     * Creates the source typed in the new-source fields, by the source editor's own logic (and history), in this
     * transaction, and cites it; false when those fields are blank.
     */
    private boolean createNewSource(EventForm form) {
        if (!form.getNewSource().isFilled()) {
            return false;
        }
        form.cite(sourceEdits.create(form.getNewSource().toSourceForm()));
        return true;
    }

    /**
     * An editor resolves the dispute over an event with a note, which the change log keeps; false when the event is
     * not disputed (already resolved, or no source contradicts it), and nothing changes.
     */
    public boolean resolveDispute(long eventId, String note) {
        var event = events.lockById(eventId).filter(e -> !e.isDeleted()).orElseThrow(() -> new NotFoundException("Event", eventId));
        if (!event.isDisputed()) {
            return false;
        }
        event.resolveDispute(CurrentUser.name(), note.strip());
        events.flush();
        changeLog.record(ChangeEntity.EVENT, eventId, event.getDealId(), ChangeAction.UPDATED,
                "Resolved the dispute over “" + event.getTitle() + "”",
                List.of(new FieldChange("dispute.field.note", null, note.strip())));
        return true;
    }

    /** Deletes the event softly (deleting it again changes nothing) and returns its deal's slug. */
    public String delete(long eventId) {
        var event = events.findById(eventId).orElseThrow(() -> new NotFoundException("Event", eventId));
        if (event.isDeleted()) {
            return deals.header(event.getDealId(), Audience.EDITOR).slug();
        }
        event.delete();
        events.flush();
        changeLog.record(ChangeEntity.EVENT, eventId, event.getDealId(), ChangeAction.DELETED,
                "Deleted the event “" + event.getTitle() + "”", List.of());
        return deals.header(event.getDealId(), Audience.EDITOR).slug();
    }

    @Transactional(readOnly = true)
    public String dealSlug(long eventId) {
        return deals.header(find(eventId).getDealId(), Audience.EDITOR).slug();
    }

    private Editing editing(DealHeader deal, Long eventId, EventForm form) {
        return editing(deal, eventId, form, Map.of());
    }

    private Editing editing(DealHeader deal, Long eventId, EventForm form, Map<String, List<Pick>> picks) {
        return editing(deal, eventId, form, picks, null);
    }

    private Editing editing(DealHeader deal, Long eventId, EventForm form, Map<String, List<Pick>> picks,
            SourceOption known) {
        var titles = titles(form);
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i < form.getCitations().size(); i++) {
            var title = titles.get(form.getCitations().get(i).sourceId());
            if (title != null) {
                labels.put("citations[" + i + "].source", title);
            }
        }
        return new Editing(deal, eventId, form, cases.casesOf(deal.id()), picks, labels, known);
    }

    private Event find(long id) {
        return events.findById(id).filter(e -> !e.isDeleted()).orElseThrow(() -> new NotFoundException("Event", id));
    }

    /** The titles of the sources the forms cite: one indexed query, not the whole source list. */
    private Map<Long, String> titles(EventForm... forms) {
        var ids = new HashSet<Long>();
        for (var form : forms) {
            form.getCitations().stream().map(EventForm.CitationRow::sourceId).filter(Objects::nonNull).forEach(ids::add);
        }
        return sources.titles(ids);
    }

    private Optional<Long> caseId(long dealId, String slug) {
        if (slug == null || slug.isBlank()) {
            return Optional.empty();
        }
        return cases.casesOf(dealId).stream().filter(c -> c.slug().equals(slug)).map(CaseOption::id).findFirst();
    }

    private String caseSlug(long dealId, Long caseId) {
        return caseId == null ? null
                : cases.casesOf(dealId).stream().filter(c -> c.id() == caseId).map(CaseOption::slug).findFirst().orElse(null);
    }

    private static List<Citation> citations(long dealId, EventForm form) {
        List<Citation> result = new ArrayList<>();
        for (var row : form.getCitations()) {
            if (row.isFilled()) {
                result.add(new Citation(row.sourceId(), dealId, row.getStance(), EditForm.text(row.getQuote()),
                        EditForm.text(row.getLocator()), EditForm.text(row.getNote())));
            }
        }
        return result;
    }
}
