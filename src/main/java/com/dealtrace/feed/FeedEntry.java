package com.dealtrace.feed;

import java.time.OffsetDateTime;

import com.dealtrace.event.EventKind;
import com.dealtrace.web.PartialDate;

/** An event as a feed entry: what happened, in which deal, and when it was recorded or last changed. */
record FeedEntry(long id, PartialDate date, EventKind kind, String title, String description, String dealSlug,
        String dealTitle, OffsetDateTime published, OffsetDateTime updated, int sources) {
}
