package com.dealtrace.home;

import java.time.LocalDate;
import java.util.List;

import com.dealtrace.event.EventKind;
import com.dealtrace.regulation.CaseSummary;
import com.dealtrace.regulation.Deadline;
import com.dealtrace.web.PartialDate;

/**
 * The home page: recent events across deals, deals awaiting a grade, open regulatory cases and the next statutory
 * deadlines; deal titles also in the
 * reader's {@code language} where a translation exists (null otherwise).
 */
public record HomeView(List<RecentEvent> recentEvents, List<AwaitingGrade> awaitingGrade, List<CaseSummary> openCases,
        List<Deadline> deadlines, String language) {

    /** An event with the deal it belongs to. */
    public record RecentEvent(PartialDate date, EventKind kind, String title, String dealSlug, String dealTitle,
            String translatedDealTitle, int sources) {
    }

    /** A published deal that no admin has graded yet. */
    public record AwaitingGrade(String slug, String title, String translatedTitle, LocalDate announcedOn, int sources) {
    }
}
