package com.dealtrace.party;

/** Where a regulatory case stands; every status but CLOSED counts as open. */
public enum CaseStatus {
    MONITORING, OPEN, PHASE_2, CLOSED
}
