package com.dealtrace.event;

import java.util.List;

import com.dealtrace.web.PartialDate;

/**
 * One event on a deal's timeline with the sources cited for it.
 *
 * @param caseSlug the regulatory case this event is a milestone of, or null
 */
public record TimelineEntry(long id, PartialDate date, EventKind kind, String title, String description,
        String caseSlug, String caseTitle, List<CitedSourceLine> sources) {

    public boolean isUnsourced() {
        return sources.isEmpty();
    }

    public boolean isRegulatoryMilestone() {
        return caseSlug != null || kind == EventKind.REGULATORY_INQUIRY_OPENED || kind == EventKind.REGULATORY_DECISION;
    }
}
