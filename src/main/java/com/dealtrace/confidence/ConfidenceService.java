package com.dealtrace.confidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.dealtrace.change.AsOf;
import com.dealtrace.deal.DealService;
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

    ConfidenceService(DealService deals, ConfidenceQueries queries) {
        this.deals = deals;
        this.queries = queries;
    }

    /**
     * The source-confidence page. Source notes, grading rationales and the grading history are for members: an
     * anonymous reader gets the current grade without its rationale.
     */
    public SourceConfidenceView sourceConfidence(String dealSlug, Audience audience) {
        return sourceConfidence(dealSlug, audience, null);
    }

    /**
     * The page as the deal stood at the end of {@code asOf}'s day (today's when null): the citations, sources, events
     * and grades known then; the risk weights are today's.
     */
    public SourceConfidenceView sourceConfidence(String dealSlug, Audience audience, AsOf asOf) {
        var deal = deals.headerWithFacts(dealSlug, audience, asOf);
        var evidence = queries.evidence(deal.id(), asOf);
        var citations = evidence.citations();
        var grading = queries.grading(deal.id(), asOf);
        var weights = grading.weights();
        var calculator = new ScoreCalculator(weights);

        var suggested = calculator.score(citations.stream().map(ConfidenceService::cited).toList());
        Map<Long, List<CitedSource>> byEvent = new HashMap<>();
        citations.stream()
                .filter(c -> c.eventId() != null)
                .forEach(c -> byEvent.computeIfAbsent(c.eventId(), id -> new ArrayList<>()).add(cited(c)));
        var events = evidence.events().stream()
                .map(event -> {
                    var score = calculator.score(byEvent.getOrDefault(event.id(), List.of()));
                    Risk best = score.origins().isEmpty() ? null : score.origins().get(0).bestRisk();
                    return new SourceConfidenceView.EventSupport(event.id(), event.date(), event.title(),
                            score.sources(), score.origins().size(), best);
                })
                .toList();
        var history = grading.assessments();
        if (!audience.isMember()) {
            history = history.stream().limit(1)
                    .map(a -> new SourceConfidenceView.Assessment(a.score(), a.band(), null, a.assessedBy(), a.assessedAt(),
                            // that it was imported, but what the bundle said is for members, like the rationale
                            a.imported() == null ? null : new SourceConfidenceView.Imported(null, null)))
                    .toList();
        }
        var sources = sources(citations, audience.isMember());
        return new SourceConfidenceView(deal, sources, suggested, events, GradeAdvice.improvements(suggested, events),
                history, weights, SourceMixDrawing.of(sources), GradeHistoryDrawing.of(history));
    }

    private static CitedSource cited(ConfidenceQueries.CitationRow row) {
        return new CitedSource(row.sourceId(), row.originKey(), row.publisher(), row.risk());
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
                            .map(c -> new SourceConfidenceView.Support(c.eventTitle(), c.eventDate(), c.quote(),
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
