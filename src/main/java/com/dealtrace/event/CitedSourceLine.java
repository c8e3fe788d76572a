package com.dealtrace.event;

import com.dealtrace.source.PublisherKind;
import com.dealtrace.source.Risk;

/**
 * A source cited on an event, as the timeline shows it: publisher and risk, what it says of the event (its stance),
 * with the quote or locator.
 *
 * @param originClass the class of the publisher's voice in the deal (DIRECT, OFFICIAL or INDEPENDENT)
 */
public record CitedSourceLine(long sourceId, String title, Long publisherId, String publisher,
        PublisherKind publisherKind, Risk risk, String url, Stance stance, String quote, String locator,
        String originClass) {
}
