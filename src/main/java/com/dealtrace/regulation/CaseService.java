package com.dealtrace.regulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.dealtrace.event.TimelineService;
import com.dealtrace.party.CaseStatus;
import com.dealtrace.party.PartyRef;
import com.dealtrace.security.Audience;
import com.dealtrace.web.NotFoundException;
import com.dealtrace.web.Pick;
import com.dealtrace.web.Slugs;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads regulatory cases for the case list, the case pages and the home page. */
@Service
@Transactional(readOnly = true)
public class CaseService {

    private final CaseQueries queries;
    private final TimelineService timelines;
    private final CaseClocks clocks;

    CaseService(CaseQueries queries, TimelineService timelines, CaseClocks clocks) {
        this.queries = queries;
        this.timelines = timelines;
        this.clocks = clocks;
    }

    /** Cases on a page of the case list. */
    public static final int PAGE_SIZE = 100;

    private static final java.util.regex.Pattern CURSOR = java.util.regex.Pattern.compile(Slugs.SHAPE);

    /** The first page of the case list with these filters. */
    public CaseListView list(String regulator, CaseStatus status, Audience audience) {
        return list(regulator, status, null, null, null, 1, audience);
    }

    /**
     * A page of the case list: the cases after ({@code after}) or before ({@code before}) the case with that slug,
     * else the first; page {@code page} is the number it shows. Texts longer than 200 characters are cut; a cursor
     * that is not a slug is set aside (the view says so) and the list starts at its first page.
     */
    public CaseListView list(String regulator, CaseStatus status, String q, String after, String before, int page,
            Audience audience) {
        String who = text(regulator);
        String words = text(q);
        String forward = text(after);
        String backward = forward == null ? text(before) : null;
        String cursor = forward != null ? forward : backward;
        boolean rejected = cursor != null && !CURSOR.matcher(cursor).matches();
        if (rejected) {
            cursor = null;
        }
        boolean backwards = cursor != null && forward == null;
        int number = cursor == null && !rejected ? 1 : Math.min(Math.max(page, 1), 100_000);
        if (rejected) {
            number = 1;
        }
        var found = queries.list(who, status, words, cursor, backwards, PAGE_SIZE, audience);
        // group the page's cases by regulator (A to Z), open ones first, then the newest opened
        var ordered = new ArrayList<>(found.rows());
        ordered.sort(java.util.Comparator.comparing((CaseSummary c) -> c.regulator().name())
                .thenComparing(c -> !c.isOpen())
                .thenComparing(CaseSummary::openedOn, java.util.Comparator.nullsFirst(java.util.Comparator.reverseOrder())));
        Map<PartyRef, List<CaseSummary>> byRegulator = new LinkedHashMap<>();
        ordered.forEach(c -> byRegulator.computeIfAbsent(c.regulator(), r -> new ArrayList<>()).add(c));
        var groups = byRegulator.entrySet().stream()
                .map(e -> new CaseListView.RegulatorCases(e.getKey(), List.copyOf(e.getValue())))
                .toList();
        var cases = found.rows();
        return new CaseListView(who, status, words, groups, number, found.hasPrevious(cursor == null), found.hasNext(),
                cases.isEmpty() ? null : cases.get(0).slug(), cases.isEmpty() ? null : cases.get(cases.size() - 1).slug(),
                rejected, cursor != null && cases.isEmpty());
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() <= 200 ? stripped : stripped.substring(0, 200);
    }

    public CaseView regulatoryCase(String slug, Audience audience) {
        var row = queries.find(slug, audience).orElseThrow(() -> new NotFoundException("Regulatory case", slug));
        return new CaseView(row.summary(), row.reference(), row.url(), clocks.timetable(row.id()),
                timelines.milestones(row.id()));
    }

    /** The cases about one deal, for marking events as their milestones. */
    /** Cases matching the typed text for a picker. */
    public List<Pick> pick(String text) {
        return queries.pick(Pick.clean(text));
    }


    /**
     * The cases still open, newest first, and the next statutory deadlines running or passed without a decision, for
     * the home page: one statement.
     */
    public OpenCases openAndDeadlines(int limit, int deadlines, Audience audience) {
        var found = queries.openAndDeadlines(limit, deadlines, audience, clocks.today());
        return new OpenCases(found.open(), found.deadlines());
    }

    public record OpenCases(List<CaseSummary> open, List<Deadline> deadlines) {
    }

    /** The cases still open, newest first, for the home page. */
    public List<CaseSummary> open(int limit, Audience audience) {
        return queries.open(limit, audience);
    }
}
