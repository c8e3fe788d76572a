package com.dealtrace.regulation;

import java.util.List;

import com.dealtrace.event.TimelineEntry;

/** The case page: the case, its deal, its timetable of phases and its milestones on the deal's timeline. */
public record CaseView(CaseSummary summary, String reference, String url, Timetable timetable,
        List<TimelineEntry> milestones) {
}
