package com.dealtrace.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import com.dealtrace.deal.DealHeader;
import com.dealtrace.deal.DealService;
import com.dealtrace.history.ChangeAction;
import com.dealtrace.history.ChangeEntity;
import com.dealtrace.history.FieldChange;
import com.dealtrace.history.History;
import com.dealtrace.regulation.CaseOption;
import com.dealtrace.regulation.CaseService;
import com.dealtrace.security.Audience;
import com.dealtrace.source.SourceService;
import com.dealtrace.web.NotFoundException;
import com.dealtrace.web.Pick;
import com.dealtrace.web.Saved;
import com.dealtrace.web.EditForm;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Adds, edits and deletes the events of a deal with the sources cited for them, recording every change. */
@Service
@Transactional
public class EventEditService {

    private static final Pattern CITATION_SOURCE = Pattern.compile("citations\\[(\\d{1,3})\\]\\.source");

    private final EventRepository events;
    private final DealService deals;
    private final SourceService sources;
    private final CaseService cases;
    private final History history;

    EventEditService(EventRepository events, DealService deals, SourceService sources, CaseService cases,
            History history) {
        this.events = events;
        this.deals = deals;
        this.sources = sources;
        this.cases = cases;
        this.history = history;
    }

    /**
     * The event editor: the deal, the event (null when new), the form, the deal's cases, the matches found for a
     * picker (by field name) and the title of each source a citation row names (by field name).
     */
    public record Editing(DealHeader deal, Long eventId, EventForm form, List<CaseOption> cases,
            Map<String, List<Pick>> picks, Map<String, String> labels) {
    }

    /**
     * The form again after a step that saves nothing: "Add a source" adds a row, "Find" lists the sources matching
     * what a citation row holds (the deal's cited sources first).
     */
    @Transactional(readOnly = true)
    public Editing step(String dealSlug, Long eventId, EventForm form, String find, boolean addRow) {
        var deal = eventId == null ? deals.header(dealSlug, Audience.EDITOR)
                : deals.header(find(eventId).getDealId(), Audience.EDITOR);
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
    public Editing newEvent(String dealSlug) {
        var deal = deals.header(dealSlug, Audience.EDITOR);
        return editing(deal, null, new EventForm().withSpareRows());
    }

    @Transactional(readOnly = true)
    public Editing edit(long eventId) {
        var event = find(eventId);
        var deal = deals.header(event.getDealId(), Audience.EDITOR);
        var caseSlug = caseSlug(deal.id(), event.getRegulatoryCaseId());
        return editing(deal, eventId, EventForm.of(event, caseSlug).withSpareRows());
    }

    @Transactional(readOnly = true)
    public Editing again(String dealSlug, Long eventId, EventForm form) {
        var deal = eventId == null ? deals.header(dealSlug, Audience.EDITOR)
                : deals.header(find(eventId).getDealId(), Audience.EDITOR);
        return editing(deal, eventId, form.withSpareRows());
    }

    /** Checks that cited sources and the case exist, and that no source is cited twice. */
    @Transactional(readOnly = true)
    public void validate(String dealSlug, Long eventId, EventForm form, Errors errors) {
        var deal = eventId == null ? deals.header(dealSlug, Audience.EDITOR)
                : deals.header(find(eventId).getDealId(), Audience.EDITOR);
        form.validateAcross(errors);
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

    public long create(String dealSlug, EventForm form) {
        var deal = deals.header(dealSlug, Audience.EDITOR);
        var event = new Event(deal.id());
        event.apply(form, caseId(deal.id(), form.getRegulatoryCase()).orElse(null), citations(deal.id(), form));
        events.saveAndFlush(event);
        history.record(ChangeEntity.EVENT, event.getId(), deal.id(), ChangeAction.CREATED,
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
        event.apply(form, caseId(event.getDealId(), form.getRegulatoryCase()).orElse(null),
                citations(event.getDealId(), form));
        events.flush();
        var changes = FieldChange.between(current, form.snapshot(titles));
        if (!changes.isEmpty()) {
            history.record(ChangeEntity.EVENT, eventId, event.getDealId(), ChangeAction.UPDATED,
                    "Edited the event “" + event.getTitle() + "”", changes);
        }
        return Saved.done();
    }

    /** Deletes the event softly (deleting it again changes nothing) and returns its deal's slug. */
    public String delete(long eventId) {
        var event = events.findById(eventId).orElseThrow(() -> new NotFoundException("Event", eventId));
        if (event.isDeleted()) {
            return deals.header(event.getDealId(), Audience.EDITOR).slug();
        }
        event.delete();
        events.flush();
        history.record(ChangeEntity.EVENT, eventId, event.getDealId(), ChangeAction.DELETED,
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
        var titles = titles(form);
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i < form.getCitations().size(); i++) {
            var title = titles.get(form.getCitations().get(i).sourceId());
            if (title != null) {
                labels.put("citations[" + i + "].source", title);
            }
        }
        return new Editing(deal, eventId, form, cases.forDeal(deal.id()), picks, labels);
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
        return cases.forDeal(dealId).stream().filter(c -> c.slug().equals(slug)).map(CaseOption::id).findFirst();
    }

    private String caseSlug(long dealId, Long caseId) {
        return caseId == null ? null
                : cases.forDeal(dealId).stream().filter(c -> c.id() == caseId).map(CaseOption::slug).findFirst().orElse(null);
    }

    private static List<Citation> citations(long dealId, EventForm form) {
        List<Citation> result = new ArrayList<>();
        for (var row : form.getCitations()) {
            if (row.isFilled()) {
                result.add(new Citation(row.sourceId(), dealId, EditForm.text(row.getQuote()),
                        EditForm.text(row.getLocator()), EditForm.text(row.getNote())));
            }
        }
        return result;
    }
}
