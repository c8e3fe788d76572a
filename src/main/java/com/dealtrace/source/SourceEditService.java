package com.dealtrace.source;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.dealtrace.change.ChangeAction;
import com.dealtrace.change.ChangeEntity;
import com.dealtrace.change.Changes;
import com.dealtrace.change.FieldChange;
import com.dealtrace.party.PartyChoice;
import com.dealtrace.party.PartyKind;
import com.dealtrace.party.PartyService;
import com.dealtrace.web.EditForm;
import com.dealtrace.web.NotFoundException;
import com.dealtrace.web.Pick;
import com.dealtrace.web.Saved;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Adds and edits sources; one document is one source, however its address is written. */
@Service
@Transactional
public class SourceEditService {

    private final SourceRepository sources;
    private final PartyService parties;
    private final Changes changeLog;
    private final SourceQueries queries;

    SourceEditService(SourceRepository sources, PartyService parties, Changes changeLog, SourceQueries queries) {
        this.queries = queries;
        this.sources = sources;
        this.parties = parties;
        this.changeLog = changeLog;
    }

    /**
     * The source editor: the source (null when new), the form, a known duplicate, the parties found for the
     * publisher picker and the name of the one it names (both by field name).
     */
    public record Editing(Long sourceId, SourceForm form, SourceOption existing, Map<String, List<Pick>> picks,
            Map<String, String> labels) {
    }

    @Transactional(readOnly = true)
    public Editing newSource() {
        return editing(null, new SourceForm(), null, Map.of());
    }

    @Transactional(readOnly = true)
    public Editing edit(long id) {
        var source = find(id);
        return editing(id, SourceForm.of(source, publisher(source)), null, Map.of());
    }

    @Transactional(readOnly = true)
    public Editing again(Long id, SourceForm form) {
        return editing(id, form, duplicateOf(id, form.getUrl()), Map.of());
    }

    /** The other source that has this address already, or null. */
    @Transactional(readOnly = true)
    public SourceOption duplicateOf(Long id, String url) {
        var key = url == null || UrlNormalizer.tooLong(url) ? Optional.<String>empty() : UrlNormalizer.key(url);
        return key.flatMap(sources::findByUrlKey).filter(s -> !s.getId().equals(id))
                .map(s -> new SourceOption(s.getId(), s.getTitle(), s.getPublisherName(), s.getRisk()))
                .orElse(null);
    }

    /** The form again after "Find": the parties matching what the editor typed as publisher, by name or alias. */
    @Transactional(readOnly = true)
    public Editing step(Long id, SourceForm form, String find) {
        Map<String, List<Pick>> picks = new HashMap<>();
        if ("publisherParty".equals(find)) {
            picks.put(find, parties.pick(form.getPublisherParty() == null ? null : form.getPublisherParty().typed(),
                    Arrays.stream(PartyKind.values()).filter(k -> k != PartyKind.PERSON).toList()));
        }
        return editing(id, form, null, picks);
    }

    private Editing editing(Long id, SourceForm form, SourceOption existing, Map<String, List<Pick>> picks) {
        Map<String, String> labels = new HashMap<>();
        if (form.getPublisherParty() != null && form.getPublisherParty().known()) {
            labels.put("publisherParty", form.getPublisherParty().name());
        }
        return new Editing(id, form, existing, picks, labels);
    }

    /**
     * Checks the addresses and the publisher: an address another source has already is refused, and the form
     * sent back offers that source instead.
     */
    @Transactional(readOnly = true)
    public void validate(Long id, SourceForm form, Errors errors) {
        if (form.getUrl() != null && !form.getUrl().isBlank()) {
            var key = UrlNormalizer.key(form.getUrl());
            if (UrlNormalizer.tooLong(form.getUrl())) {
                errors.rejectValue("url", "validation.sourceForm.url.long", "Keep the address under 2,000 bytes: letters beyond a–z count two to four.");
            }
            else if (key.isEmpty()) {
                errors.rejectValue("url", "validation.sourceForm.url.scheme", "Give a full http or https address, such as https://example.org/page.");
            }
            else {
                var known = duplicateOf(id, form.getUrl());
                if (known != null) {
                    errors.rejectValue("url", "validation.sourceForm.url.duplicate", new Object[] {known.title()}, "This document is already a source: “" + known.title() + "”.");
                }
            }
        }
        if (EditForm.text(form.getArchiveUrl()) != null && UrlNormalizer.key(form.getArchiveUrl()).isEmpty()) {
            errors.rejectValue("archiveUrl", "validation.sourceForm.archiveUrl.scheme", "Give a full http or https address.");
        }
        var party = form.getPublisherParty();
        if (party != null && !party.known()) {
            errors.rejectValue("publisherParty", "validation.sourceForm.publisherParty.unknown", "Choose a party from the list.");
        }
        if (party == null && EditForm.text(form.getPublisherName()) == null) {
            errors.rejectValue("publisherName", "validation.sourceForm.publisherName.required", "Name the publisher, or choose it from the parties.");
        }
    }

    /** Sources that may be the one a new source's form describes (a similar title), for a warning before it is saved twice. */
    @Transactional(readOnly = true)
    public List<Pick> similar(SourceForm form) {
        return form.isSaveAnyway() || EditForm.text(form.getTitle()) == null ? List.of()
                : queries.similar(Pick.clean(form.getTitle()));
    }

    public long create(SourceForm form) {
        var source = new Source();
        apply(source, form);
        sources.saveAndFlush(source);
        changeLog.record(ChangeEntity.SOURCE, source.getId(), null, ChangeAction.CREATED,
                "Added the source “" + source.getTitle() + "”", FieldChange.between(Map.of(), form.snapshot()));
        return source.getId();
    }

    public Saved update(long id, SourceForm form) {
        var source = sources.lockById(id).orElseThrow(() -> new NotFoundException("Source", id));
        var current = SourceForm.of(source, publisher(source)).snapshot();
        var conflict = Saved.check(form.getVersion(), source.getVersion(), FieldChange.between(current, form.snapshot()));
        if (conflict != null) {
            return conflict;
        }
        apply(source, form);
        sources.flush();
        var changes = FieldChange.between(current, form.snapshot());
        if (!changes.isEmpty()) {
            changeLog.record(ChangeEntity.SOURCE, id, null, ChangeAction.UPDATED,
                    "Edited the source “" + source.getTitle() + "”", changes);
        }
        return Saved.done();
    }

    private void apply(Source source, SourceForm form) {
        var party = form.getPublisherParty() == null ? null : form.getPublisherParty().party();
        source.apply(form, party == null ? null : party.id(), party == null ? null : party.name(),
                UrlNormalizer.key(form.getUrl()).orElseThrow());
    }

    private Source find(long id) {
        return sources.findById(id).orElseThrow(() -> new NotFoundException("Source", id));
    }

    /** The source's publisher as the form names it, or null when it links no party. */
    private PartyChoice publisher(Source source) {
        return source.getPublisherId() == null ? null : PartyChoice.of(parties.entry(source.getPublisherId()));
    }

    static List<PublisherKind> kinds() {
        return List.of(PublisherKind.values());
    }
}
