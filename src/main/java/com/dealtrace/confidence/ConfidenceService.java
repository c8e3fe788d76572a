package com.dealtrace.confidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.dealtrace.change.AsOf;
import com.dealtrace.database.KeptPlans;
import com.dealtrace.deal.DealService;
import com.dealtrace.event.Stance;
import com.dealtrace.security.Audience;
import com.dealtrace.source.Risk;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the source-confidence page of a deal. */
@Service
@Transactional(readOnly = true)
public class ConfidenceService {

    private final DealService deals;
    private final ConfidenceQueries queries;
    private final KeptPlans plans;

    ConfidenceService(DealService deals, ConfidenceQueries queries, KeptPlans plans) {
        this.deals = deals;
        this.queries = queries;
        this.plans = plans;
    }

    /**
     * The source-confidence page. Source notes, grading rationales and the grading history are for members: an
     * anonymous reader gets the current (confirmed) grade without its rationale.
     */
    public SourceConfidenceView sourceConfidence(String dealSlug, Audience audience) {
        return sourceConfidence(dealSlug, audience, null);
    }

    /**
     * The page as the deal stood at the end of {@code asOf}'s day (today's when null): the citations, sources, events
     * and grades known then; the risk weights are today's.
     */
    public SourceConfidenceView sourceConfidence(String dealSlug, Audience audience, AsOf asOf) {
        return plans.run(() -> view(dealSlug, audience, asOf));
    }

    private SourceConfidenceView view(String dealSlug, Audience audience, AsOf asOf) {
        var deal = deals.headerWithFacts(dealSlug, audience, asOf);
        var evidence = queries.evidence(deal.id(), asOf);
        var citations = evidence.citations();
        var grading = queries.grading(deal.id(), asOf);
        var policy = grading.policy();
        var calculator = new ScoreCalculator(policy);

        // each source's origin key worked out once, however many citations it has (an address parsed each time)
        Map<Long, String> originKeys = new HashMap<>();
        Function<ConfidenceQueries.CitationRow, CitedSource> cited = row -> cited(row,
                originKeys.computeIfAbsent(row.sourceId(), id -> row.originKey()));
        var suggested = calculator.score(citations.stream().map(cited).toList());
        Map<Long, List<ConfidenceQueries.CitationRow>> byEvent = new HashMap<>();
        citations.stream()
                .filter(c -> c.eventId() != null)
                .forEach(c -> byEvent.computeIfAbsent(c.eventId(), id -> new ArrayList<>()).add(c));
        List<SourceConfidenceView.EventSupport> events = new ArrayList<>();
        List<SourceConfidenceView.DisputedEvent> disputed = new ArrayList<>();
        for (var event : evidence.events()) {
            var rows = byEvent.getOrDefault(event.id(), List.of());
            var score = calculator.score(rows.stream().map(cited).toList());
            Risk best = score.origins().isEmpty() ? null : score.origins().get(0).bestRisk();
            boolean contradicted = !score.contradicting().isEmpty();
            events.add(new SourceConfidenceView.EventSupport(event.id(), event.date(), event.title(),
                    score.sources(), score.origins().size(), best, score.band(), contradicted && !event.resolved()));
            if (contradicted) {
                disputed.add(new SourceConfidenceView.DisputedEvent(event.id(), event.date(), event.title(),
                        side(rows, Stance.SUPPORTS), side(rows, Stance.CONTRADICTS)));
            }
        }
        var history = grading.assessments();
        if (!audience.isMember()) {
            history = history.stream().filter(SourceConfidenceView.Assessment::isConfirmed).limit(1)
                    .map(a -> new SourceConfidenceView.Assessment(a.score(), a.band(), null, a.assessedBy(), a.assessedAt(),
                            // that it was imported, but what the bundle said is for members, like the rationale
                            a.imported() == null ? null : new SourceConfidenceView.Imported(null, null),
                            a.policyVersion(), a.suggestedScore(), a.status(), null, null, null))
                    .toList();
        }
        var sources = sources(citations, audience.isMember());
        var confirmed = history.stream().filter(SourceConfidenceView.Assessment::isConfirmed).toList();
        return new SourceConfidenceView(deal, sources, suggested, events, GradeAdvice.improvements(suggested, events),
                history, policy, SourceMixDrawing.of(sources), GradeHistoryDrawing.of(confirmed), disputed);
    }

    /** The suggested score of the deal as it stands, under the policy in force, with that policy's version. */
    SuggestedScore suggested(long dealId) {
        var calculator = new ScoreCalculator(queries.policy());
        return calculator.score(queries.evidence(dealId, null).citations().stream().map(row -> cited(row, row.originKey()))
                .toList());
    }

    private static List<SourceConfidenceView.Side> side(List<ConfidenceQueries.CitationRow> rows, Stance stance) {
        return rows.stream().filter(c -> c.stance() == stance)
                .map(c -> new SourceConfidenceView.Side(c.sourceId(), c.title(), c.publisher(), c.risk(), c.quote(),
                        c.locator()))
                .toList();
    }

    private static CitedSource cited(ConfidenceQueries.CitationRow row, String originKey) {
        return new CitedSource(row.sourceId(), originKey, row.publisher(), row.risk(), row.stance(),
                row.originClass());
    }

    /** One row per source, in the order of the query (lowest risk first), with all it supports. */
    private static List<SourceConfidenceView.SourceRow> sources(List<ConfidenceQueries.CitationRow> citations,
            boolean withNotes) {
        Map<Long, List<ConfidenceQueries.CitationRow>> bySource = new LinkedHashMap<>();
        citations.forEach(c -> bySource.computeIfAbsent(c.sourceId(), id -> new ArrayList<>()).add(c));
        return bySource.values().stream()
                .map(rows -> {
                    var s = rows.get(0);
                    var supports = rows.stream()
                            .map(c -> new SourceConfidenceView.Support(c.eventTitle(), c.eventDate(), c.stance(), c.quote(),
                                    c.locator()))
                            .toList();
                    return new SourceConfidenceView.SourceRow(s.sourceId(), s.title(), s.publisher(),
                            s.publisherKind(), s.publishedOn(), s.risk(), s.summary(), withNotes ? s.notes() : null,
                            s.url(), s.archiveUrl(),
                            supports);
                })
                .toList();
    }
}
