package com.dealtrace.deal;

/** A deal as pickers offer it. */
public record DealRef(long id, String slug, String title) {
}
