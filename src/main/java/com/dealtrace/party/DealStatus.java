package com.dealtrace.party;

/** Where a deal stands. */
public enum DealStatus {
    RUMOURED, ANNOUNCED, ACTIVE, UNDER_REVIEW, CLEARED, BLOCKED, ABANDONED, COMPLETED
}
