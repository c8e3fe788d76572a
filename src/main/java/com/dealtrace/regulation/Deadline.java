package com.dealtrace.regulation;

import java.time.LocalDate;

/** A statutory deadline still running (or passed without a decision), as the home page lists the next ones. */
public record Deadline(String caseSlug, String caseTitle, String regulator, Phase phase, LocalDate deadline,
        int daysLeft) {

    public boolean isOverdue() {
        return daysLeft < 0;
    }
}
