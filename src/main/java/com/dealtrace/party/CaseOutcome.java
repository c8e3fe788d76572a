package com.dealtrace.party;

/** How a regulator decided a case. */
public enum CaseOutcome {
    DOES_NOT_QUALIFY, CLEARED, CLEARED_WITH_REMEDIES, REFERRED_TO_PHASE_2, BLOCKED, ABANDONED, MONITORING_WITHOUT_PROBE
}
