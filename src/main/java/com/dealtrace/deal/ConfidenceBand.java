package com.dealtrace.deal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * The confidence scale of SPEC section 3: each band of scores, its grade and its label. Two bands share the
 * grade D; the label tells them apart.
 */
public enum ConfidenceBand {
    HIGH("0.90", "1.00", Grade.A),
    STRONG("0.75", "0.89", Grade.A_B),
    MEDIUM("0.55", "0.74", Grade.B_C),
    WEAK_MEDIUM("0.35", "0.54", Grade.C_D),
    WEAK_SIGNAL("0.10", "0.34", Grade.D),
    INTERNAL_MONITORING("0.00", "0.09", Grade.D);

    private final BigDecimal lowest;
    private final BigDecimal highest;
    private final Grade grade;

    ConfidenceBand(String lowest, String highest, Grade grade) {
        this.lowest = new BigDecimal(lowest);
        this.highest = new BigDecimal(highest);
        this.grade = grade;
    }

    public BigDecimal lowest() {
        return lowest;
    }

    public BigDecimal highest() {
        return highest;
    }

    public Grade grade() {
        return grade;
    }

    /** Below the medium band: what the scale calls weak, a signal, or monitoring. */
    public boolean isWeak() {
        return compareTo(MEDIUM) > 0;
    }

    /** The band of a score between 0 and 1; scores are compared at two decimals, as they are stored. */
    public static ConfidenceBand of(BigDecimal score) {
        if (score.signum() < 0 || score.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("A score lies between 0 and 1: " + score);
        }
        BigDecimal rounded = score.setScale(2, RoundingMode.HALF_UP);
        return Arrays.stream(values())
                .filter(band -> rounded.compareTo(band.lowest) >= 0)
                .findFirst()
                .orElseThrow();
    }
}
