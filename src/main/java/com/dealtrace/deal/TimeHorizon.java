package com.dealtrace.deal;

/** When a deal's effects are expected to show. */
public enum TimeHorizon {
    SHORT, MEDIUM, LONGER
}
