package com.dealtrace.confidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.dealtrace.deal.ConfidenceBand;
import com.dealtrace.deal.Grade;
import com.dealtrace.web.Formats;

/**
 * The score Dealtrace suggests from the cited sources, with what it was computed from.
 *
 * @param score 1 − Π(1 − weight) over the origins, at two decimals
 * @param band where the score falls on the scale
 * @param sources how many distinct sources were counted
 * @param origins the independent origins of the supporting sources, strongest first
 * @param contradicting the origins of the sources that contradict an event; they do not raise the score
 */
public record SuggestedScore(BigDecimal score, ConfidenceBand band, int sources, List<Origin> origins,
        List<Origin> contradicting) {

    public Grade grade() {
        return band.grade();
    }

    /**
     * The formula with its numbers written by {@code decimals}, e.g. "1 − (1 − 0.60)³ × (1 − 0.30)³ = 0.98" or the
     * reader's "0,60"; empty without a cited source.
     */
    public String formula(Formats formats) {
        return formula(formats::score);
    }

    /** The formula, its decimals written by the given function. */
    public String formula(Function<BigDecimal, String> decimals) {
        if (origins.isEmpty()) {
            return "";
        }
        var factors = new StringBuilder();
        origins.stream()
                .collect(Collectors.groupingBy(Origin::weight, TreeMap::new,
                        Collectors.counting()))
                .descendingMap()
                .forEach((weight, count) -> {
                    if (!factors.isEmpty()) {
                        factors.append(" × ");
                    }
                    factors.append("(1 − ").append(decimals.apply(weight.setScale(2, RoundingMode.HALF_UP))).append(')');
                    if (count > 1) {
                        factors.append(superscript(count));
                    }
                });
        return "1 − " + factors + " = " + decimals.apply(score);
    }

    private static String superscript(long number) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        var text = new StringBuilder();
        for (char c : Long.toString(number).toCharArray()) {
            text.append(digits.charAt(c - '0'));
        }
        return text.toString();
    }
}
