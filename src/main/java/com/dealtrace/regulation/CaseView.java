package com.dealtrace.regulation;

import java.util.List;

import com.dealtrace.event.TimelineEntry;

/** The case page: the case, its deal and its milestones on the deal's timeline. */
public record CaseView(CaseSummary summary, String reference, String url, List<TimelineEntry> milestones) {
}
