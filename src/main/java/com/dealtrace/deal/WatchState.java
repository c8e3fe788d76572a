package com.dealtrace.deal;

/** Where a watch item stands: still open, resolved by an event that answered it, or dropped. */
public enum WatchState {
    OPEN, RESOLVED, DROPPED
}
