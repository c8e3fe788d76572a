package com.dealtrace.source;

import java.time.LocalDate;

/** A source as a row of the source list. */
public record SourceSummary(long id, String title, String publisher, PublisherKind publisherKind,
        LocalDate publishedOn, Risk risk, int citations, int deals) {
}
