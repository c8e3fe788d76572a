package com.dealtrace.confidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.dealtrace.deal.ConfidenceBand;
import com.dealtrace.source.Risk;

/**
 * Computes the suggested score of SPEC section 3: sources from one publisher (the same party, name or registrable
 * domain, see {@link CitedSource#originKey()}) count as one origin, an origin weighs
 * by its best risk, and the score is 1 − Π(1 − weight) over the origins.
 */
public final class ScoreCalculator {

    /** Separates the keys of one source's origin ({@code party:7}, {@code name:amazon}, {@code domain:amazon.com}). */
    public static final String KEYS = "\u001F";

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

        List<Origin> origins = sameOrigins(distinct.values()).stream()
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

    /** The sources grouped into origins: two sources that share any key of their origin keys are one origin. */
    private static Collection<List<CitedSource>> sameOrigins(Collection<CitedSource> sources) {
        List<CitedSource> list = List.copyOf(sources);
        int[] parent = new int[list.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> firstWithKey = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            for (String key : list.get(i).originKey().split(KEYS)) {
                Integer other = firstWithKey.putIfAbsent(key, i);
                if (other != null) {
                    parent[root(parent, i)] = root(parent, other);
                }
            }
        }
        Map<Integer, List<CitedSource>> groups = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(list.get(i));
        }
        return groups.values();
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private Origin origin(List<CitedSource> sources) {
        Risk best = sources.stream().map(CitedSource::risk).min(Comparator.naturalOrder()).orElseThrow();
        return new Origin(sources.get(0).publisher(), best, sources.size(), weights.get(best));
    }
}
