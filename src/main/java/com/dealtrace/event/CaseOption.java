package com.dealtrace.event;

/** A regulatory case as the event editor offers it for marking milestones. */
public record CaseOption(long id, String slug, String title) {
}
