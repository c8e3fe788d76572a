package com.dealtrace.event;

import com.dealtrace.source.PublisherKind;
import com.dealtrace.source.Risk;

/**
 * A source cited on an event, as the timeline shows it: publisher and risk, what it says of the event (its stance),
 * with the quote or locator.
 */
public record CitedSourceLine(long sourceId, String title, Long publisherId, String publisher,
        PublisherKind publisherKind, Risk risk, String url, Stance stance, String quote, String locator) {
}
