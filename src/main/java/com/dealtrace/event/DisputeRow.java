package com.dealtrace.event;

import java.time.OffsetDateTime;

import com.dealtrace.web.PartialDate;

/** A disputed event in the admins' queue: since when a source contradicts it, and how many on each side. */
public record DisputeRow(long eventId, String title, PartialDate date, String dealSlug, String dealTitle,
        OffsetDateTime since, int supporting, int contradicting) {
}
