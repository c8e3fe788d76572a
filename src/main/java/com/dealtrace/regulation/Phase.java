package com.dealtrace.regulation;

/**
 * A stage of a regulator's procedure, with the statutory clock it runs on: how many of the regulator's working days
 * after the phase starts its decision is due, or none where the law sets no deadline (an invitation to comment, an
 * FTC 6(b) study).
 */
public enum Phase {
    CMA_INVITATION_TO_COMMENT("CMA", 0, 0),
    /** Enterprise Act 2002 s. 34ZA: 40 working days after the formal start of Phase 1. */
    CMA_PHASE_1("CMA", 40, 40),
    CMA_PHASE_2("CMA", 0, 0),
    /** EU Merger Regulation art. 10(1): 25 working days after notification, 35 where commitments are offered. */
    EC_PHASE_1("EC", 25, 35),
    /** EU Merger Regulation art. 10(3): 90 working days after the proceedings open. */
    EC_PHASE_2("EC", 90, 90),
    FTC_6B_STUDY(null, 0, 0),
    OTHER(null, 0, 0);

    private final String calendar;
    private final int workingDays;
    private final int workingDaysWithRemedies;

    Phase(String calendar, int workingDays, int workingDaysWithRemedies) {
        this.calendar = calendar;
        this.workingDays = workingDays;
        this.workingDaysWithRemedies = workingDaysWithRemedies;
    }

    /** The holiday calendar of the regulator whose working days the clock counts (regulator_holiday.calendar). */
    public String calendar() {
        return calendar;
    }

    public boolean hasClock() {
        return workingDays > 0;
    }

    /** The working days the clock runs, 0 where it has none. */
    public int workingDays(boolean remedies) {
        return remedies ? workingDaysWithRemedies : workingDays;
    }
}
