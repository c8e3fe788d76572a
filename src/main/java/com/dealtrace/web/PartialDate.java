package com.dealtrace.web;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date known to a day, a month or a year. A month is stored as its first day and a year as 1 January, so
 * that partial dates sort with full ones.
 */
public record PartialDate(LocalDate date, DatePrecision precision) implements Comparable<PartialDate> {

    public PartialDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        date = switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    /** The last day the date may stand for: the end of its month or year. */
    public LocalDate end() {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
            case YEAR -> date.withDayOfYear(date.lengthOfYear());
        };
    }

    @Override
    public int compareTo(PartialDate other) {
        return date.compareTo(other.date);
    }
}
