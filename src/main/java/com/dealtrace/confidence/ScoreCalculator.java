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
import com.dealtrace.event.Stance;
import com.dealtrace.source.Risk;

/**
 * Computes the suggested score of SPEC section 3: sources from one publisher (the same party, name or registrable
 * domain, see {@link CitedSource#originKey()}) count as one origin, an origin weighs by its best risk times the
 * factor of its class (direct, official, independent; 1.00 unless an admin set otherwise), and the score is
 * 1 − Π(1 − weight) over the origins. Only supporting citations count; the origins of contradicting ones are listed
 * beside the score and never raise it.
 */
public final class ScoreCalculator {

    /** Separates the keys of one source's origin ({@code party:7}, {@code name:amazon}, {@code domain:amazon.com}). */
    public static final String KEYS = "\u001F";

    private final Map<Risk, BigDecimal> weights;
    private final Map<OriginClass, BigDecimal> factors;

    public ScoreCalculator(Map<Risk, BigDecimal> weights) {
        this(GradingPolicy.of(weights));
    }

    public ScoreCalculator(GradingPolicy policy) {
        for (Risk risk : Risk.values()) {
            if (!policy.weights().containsKey(risk)) {
                throw new IllegalArgumentException("No weight for risk " + risk);
            }
        }
        for (OriginClass originClass : OriginClass.values()) {
            if (!policy.factors().containsKey(originClass)) {
                throw new IllegalArgumentException("No factor for class " + originClass);
            }
        }
        this.weights = policy.weights();
        this.factors = policy.factors();
    }

    public SuggestedScore score(Collection<CitedSource> cited) {
        Map<Long, CitedSource> supporting = distinct(cited, Stance.SUPPORTS);
        List<Origin> origins = origins(supporting.values());
        List<Origin> contradicting = origins(distinct(cited, Stance.CONTRADICTS).values());

        double remaining = 1.0;
        for (Origin origin : origins) {
            remaining *= 1.0 - origin.weight().doubleValue();
        }
        BigDecimal score = BigDecimal.valueOf(1.0 - remaining).setScale(2, RoundingMode.HALF_UP);
        return new SuggestedScore(score, ConfidenceBand.of(score), supporting.size(), origins, contradicting);
    }

    private static Map<Long, CitedSource> distinct(Collection<CitedSource> cited, Stance stance) {
        Map<Long, CitedSource> distinct = new LinkedHashMap<>();
        cited.stream().filter(source -> source.stance() == stance)
                .forEach(source -> distinct.putIfAbsent(source.sourceId(), source));
        return distinct;
    }

    private List<Origin> origins(Collection<CitedSource> sources) {
        return sameOrigins(sources).stream()
                .map(this::origin)
                .sorted(Comparator.comparing(Origin::bestRisk).thenComparing(Origin::publisher))
                .toList();
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
        OriginClass originClass = sources.stream().map(CitedSource::originClass).min(Comparator.naturalOrder())
                .orElseThrow();
        BigDecimal weight = weights.get(best).multiply(factors.get(originClass)).setScale(2, RoundingMode.HALF_UP);
        return new Origin(sources.get(0).publisher(), best, sources.size(), weight, originClass);
    }
}
