package com.dealtrace.event;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import com.dealtrace.change.AsOf;
import com.dealtrace.database.KeptPlans;
import com.dealtrace.deal.DealService;
import com.dealtrace.security.Audience;
import com.dealtrace.web.Formats;
import com.dealtrace.web.NotFoundException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds deal timelines and the milestone lists of regulatory cases. */
@Service
@Transactional(readOnly = true)
public class TimelineService {

    private final DealService deals;
    private final EventQueries queries;
    private final EventRepository events;
    private final SupportRater rater;
    private final Formats formats;
    private final KeptPlans plans;

    TimelineService(DealService deals, EventQueries queries, EventRepository events, SupportRater rater,
            Formats formats, KeptPlans plans) {
        this.deals = deals;
        this.plans = plans;
        this.rater = rater;
        this.queries = queries;
        this.events = events;
        this.formats = formats;
    }

    /** The admins' queue of disputed events, the longest disputed first. */
    public List<DisputeRow> disputes() {
        return queries.disputes();
    }

    /** One event with both sides of its dispute, for the resolution form. */
    public ResolveView dispute(long eventId) {
        var event = events.findById(eventId).filter(e -> !e.isDeleted())
                .orElseThrow(() -> new NotFoundException("Event", eventId));
        var deal = deals.header(event.getDealId(), Audience.EDITOR);
        var entry = rated(queries.entries(EventQueries.Scope.EVENT, eventId)).get(0);
        return new ResolveView(deal.slug(), deal.title(), entry);
    }

    public TimelineView timeline(String dealSlug, Audience audience) {
        return timeline(dealSlug, audience, null);
    }

    /** The timeline as the deal stood at the end of {@code asOf}'s day (today's when null); drawn up to that day. */
    public TimelineView timeline(String dealSlug, Audience audience, AsOf asOf) {
        return plans.run(() -> {
            var deal = deals.headerWithFacts(dealSlug, audience, asOf);
            var entries = rated(queries.entries(EventQueries.Scope.DEAL, deal.id(), asOf));
            return new TimelineView(deal, entries, TimelineDrawing.of(entries, queries.cases(deal.id(), asOf),
                    asOf == null ? LocalDate.now() : asOf.day(), LocaleContextHolder.getLocale(), formats::label,
                    formats::date));
        });
    }

    /** The events that are milestones of one regulatory case, in date order. */
    public List<TimelineEntry> milestones(long caseId) {
        return rated(queries.entries(EventQueries.Scope.CASE, caseId));
    }

    /** Each entry with its support rated under the policy the same statement read. */
    private List<TimelineEntry> rated(EventQueries.Entries found) {
        var entries = found.entries();
        var support = rater.rate(entries.stream().map(TimelineEntry::sources).toList(), found.policy());
        return IntStream.range(0, entries.size()).mapToObj(i -> entries.get(i).rated(support.get(i))).toList();
    }
}
