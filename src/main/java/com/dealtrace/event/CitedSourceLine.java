package com.dealtrace.event;

import com.dealtrace.source.PublisherKind;
import com.dealtrace.source.Risk;

/** A source cited on an event, as the timeline shows it: publisher and risk, with the quote or locator. */
public record CitedSourceLine(long sourceId, String title, String publisher, PublisherKind publisherKind, Risk risk,
        String url, String quote, String locator) {
}
