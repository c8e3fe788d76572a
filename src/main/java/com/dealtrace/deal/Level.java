package com.dealtrace.deal;

/** A three-step rating of a deal's impact or operational relevance. */
public enum Level {
    LOW, MEDIUM, HIGH
}
