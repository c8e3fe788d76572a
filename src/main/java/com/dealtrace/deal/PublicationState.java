package com.dealtrace.deal;

/** A draft is seen by editors only; a published deal by its readers. */
public enum PublicationState {
    DRAFT, PUBLISHED
}
