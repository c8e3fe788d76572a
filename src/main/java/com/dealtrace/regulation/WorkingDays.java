package com.dealtrace.regulation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * A regulator's working days: every day but Saturdays, Sundays and its public holidays. Statutory clocks count from
 * the day after the starting day, so day 1 is the first working day after it.
 */
public record WorkingDays(Set<LocalDate> holidays) {

    public WorkingDays {
        holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** The {@code days}-th working day after {@code start}. */
    public LocalDate after(LocalDate start, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("A clock runs at least one working day: " + days);
        }
        var day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The working days from {@code from} (excluded) to {@code to} (included): what is left of a clock on a day, 0 on
     * the deadline itself, negative once it has passed.
     */
    public int between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        int count = 0;
        for (var day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
