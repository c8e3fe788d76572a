package com.dealtrace.event;

import java.time.OffsetDateTime;
import java.util.List;

import com.dealtrace.web.PartialDate;

/**
 * One event on a deal's timeline with the sources cited for it.
 *
 * @param caseSlug the regulatory case this event is a milestone of, or null
 * @param resolution how an editor resolved the dispute over the event, or null
 * @param support how well its supporting sources back it (null until rated)
 */
public record TimelineEntry(long id, PartialDate date, EventKind kind, String title, String description,
        String caseSlug, String caseTitle, List<CitedSourceLine> sources, Resolution resolution,
        EventSupport support) {

    /** An editor's resolution of a dispute, with the note kept in the history. */
    public record Resolution(String resolvedBy, OffsetDateTime resolvedAt, String note) {
    }

    /** An event without a dispute resolution, not rated. */
    public TimelineEntry(long id, PartialDate date, EventKind kind, String title, String description, String caseSlug,
            String caseTitle, List<CitedSourceLine> sources) {
        this(id, date, kind, title, description, caseSlug, caseTitle, sources, null, null);
    }

    TimelineEntry rated(EventSupport rating) {
        return new TimelineEntry(id, date, kind, title, description, caseSlug, caseTitle, sources, resolution, rating);
    }

    /** Supported, but only to a low band. */
    public boolean isWeak() {
        return support != null && support.weak();
    }

    public boolean isUnsourced() {
        return sources.isEmpty();
    }

    public boolean isRegulatoryMilestone() {
        return caseSlug != null || kind == EventKind.REGULATORY_INQUIRY_OPENED || kind == EventKind.REGULATORY_DECISION;
    }

    /** A source contradicts the event and no editor has resolved that yet. */
    public boolean isDisputed() {
        return resolution == null && !contradicting().isEmpty();
    }

    public List<CitedSourceLine> supporting() {
        return withStance(Stance.SUPPORTS);
    }

    public List<CitedSourceLine> contradicting() {
        return withStance(Stance.CONTRADICTS);
    }

    public List<CitedSourceLine> context() {
        return withStance(Stance.CONTEXT);
    }

    private List<CitedSourceLine> withStance(Stance stance) {
        return sources.stream().filter(s -> s.stance() == stance).toList();
    }
}
