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

    public CaseListView list(String regulator, CaseStatus status, Audience audience) {
        Map<PartyRef, List<CaseSummary>> byRegulator = new LinkedHashMap<>();
        queries.list(regulator, status, audience)
                .forEach(c -> byRegulator.computeIfAbsent(c.regulator(), r -> new ArrayList<>()).add(c));
        var groups = byRegulator.entrySet().stream()
                .map(e -> new CaseListView.RegulatorCases(e.getKey(), List.copyOf(e.getValue())))
                .toList();
        return new CaseListView(regulator, status, groups, queries.regulators());
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
