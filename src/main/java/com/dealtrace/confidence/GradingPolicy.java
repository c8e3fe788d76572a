package com.dealtrace.confidence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;

import com.dealtrace.source.Risk;

/**
 * The rules of the suggested score at one version: a weight per risk and a factor per origin class (an origin
 * weighs its risk's weight times its class's factor). Every change makes a new version; factors of 1.00 for every
 * class are the formula of version 1.
 */
public record GradingPolicy(int version, Map<Risk, BigDecimal> weights, Map<OriginClass, BigDecimal> factors,
        String createdBy, OffsetDateTime createdAt) {

    public GradingPolicy {
        weights = Map.copyOf(weights);
        factors = Map.copyOf(factors);
    }

    /** Weights without class factors (every class 1.00). */
    public static GradingPolicy of(Map<Risk, BigDecimal> weights) {
        Map<OriginClass, BigDecimal> factors = new EnumMap<>(OriginClass.class);
        for (OriginClass c : OriginClass.values()) {
            factors.put(c, BigDecimal.ONE);
        }
        return new GradingPolicy(0, weights, factors, null, null);
    }

    /** Whether the origin classes weigh differently: some factor is not 1. */
    public boolean classesDiffer() {
        return factors.values().stream().anyMatch(f -> f.compareTo(BigDecimal.ONE) != 0);
    }

    /** The weights in risk order, for display. */
    public Map<Risk, BigDecimal> orderedWeights() {
        return new EnumMap<>(weights);
    }

    /** The factors in class order, for display. */
    public Map<OriginClass, BigDecimal> orderedFactors() {
        return new EnumMap<>(factors);
    }

    public Risk[] risks() {
        return Risk.values();
    }

    public OriginClass[] classes() {
        return OriginClass.values();
    }
}
