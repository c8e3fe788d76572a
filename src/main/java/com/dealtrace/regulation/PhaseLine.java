package com.dealtrace.regulation;

import java.time.LocalDate;

/**
 * A phase of a case on its timetable: when it started, its statutory deadline (null without a clock), when it was
 * decided (null while it runs), and on the day the page is shown the working and calendar days left (null once
 * decided or without a deadline). A deadline passed without a decision is overdue.
 */
public record PhaseLine(long id, Phase phase, LocalDate startedOn, boolean remedies, LocalDate deadline,
        LocalDate decidedOn, Integer workingDaysLeft, Integer daysLeft) {

    public boolean isRunning() {
        return decidedOn == null;
    }

    public boolean isOverdue() {
        return decidedOn == null && workingDaysLeft != null && daysLeft < 0;
    }
}
