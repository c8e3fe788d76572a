package com.dealtrace.event;

import java.time.LocalDate;
import java.util.List;

import com.dealtrace.change.AsOf;
import com.dealtrace.deal.DealService;
import com.dealtrace.security.Audience;
import com.dealtrace.web.Formats;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds deal timelines and the milestone lists of regulatory cases. */
@Service
@Transactional(readOnly = true)
public class TimelineService {

    private final DealService deals;
    private final EventQueries queries;
    private final Formats formats;

    TimelineService(DealService deals, EventQueries queries, Formats formats) {
        this.deals = deals;
        this.queries = queries;
        this.formats = formats;
    }

    public TimelineView timeline(String dealSlug, Audience audience) {
        return timeline(dealSlug, audience, null);
    }

    /** The timeline as the deal stood at the end of {@code asOf}'s day (today's when null); drawn up to that day. */
    public TimelineView timeline(String dealSlug, Audience audience, AsOf asOf) {
        var deal = deals.headerWithFacts(dealSlug, audience, asOf);
        var entries = queries.entries(EventQueries.Scope.DEAL, deal.id(), asOf);
        return new TimelineView(deal, entries, TimelineDrawing.of(entries, queries.cases(deal.id(), asOf),
                asOf == null ? LocalDate.now() : asOf.day(), LocaleContextHolder.getLocale(), formats::label,
                formats::date));
    }

    /** The events that are milestones of one regulatory case, in date order. */
    public List<TimelineEntry> milestones(long caseId) {
        return queries.entries(EventQueries.Scope.CASE, caseId);
    }
}
