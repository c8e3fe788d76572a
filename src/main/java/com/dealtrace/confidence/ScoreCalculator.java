package com.dealtrace.confidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.dealtrace.source.Risk;

/**
 * Computes the suggested score of SPEC section 3: sources from one publisher count as one origin, an origin weighs
 * by its best risk, and the score is 1 − Π(1 − weight) over the origins.
 */
public final class ScoreCalculator {

    private final Map<Risk, BigDecimal> weights;

    public ScoreCalculator(Map<Risk, BigDecimal> weights) {
        for (Risk risk : Risk.values()) {
            if (!weights.containsKey(risk)) {
                throw new IllegalArgumentException("No weight for risk " + risk);
            }
        }
        this.weights = Map.copyOf(weights);
    }

    public SuggestedScore score(Collection<CitedSource> cited) {
        Map<Long, CitedSource> distinct = new LinkedHashMap<>();
        cited.forEach(source -> distinct.putIfAbsent(source.sourceId(), source));

        List<Origin> origins = distinct.values().stream()
                .collect(Collectors.groupingBy(CitedSource::originKey, LinkedHashMap::new, Collectors.toList()))
                .values().stream()
                .map(this::origin)
                .sorted(Comparator.comparing(Origin::bestRisk).thenComparing(Origin::publisher))
                .toList();

        double remaining = 1.0;
        for (Origin origin : origins) {
            remaining *= 1.0 - origin.weight().doubleValue();
        }
        BigDecimal score = BigDecimal.valueOf(1.0 - remaining).setScale(2, RoundingMode.HALF_UP);
        return new SuggestedScore(score, ConfidenceBand.of(score), distinct.size(), origins);
    }

    private Origin origin(List<CitedSource> sources) {
        Risk best = sources.stream().map(CitedSource::risk).min(Comparator.naturalOrder()).orElseThrow();
        return new Origin(sources.get(0).publisher(), best, sources.size(), weights.get(best));
    }
}
