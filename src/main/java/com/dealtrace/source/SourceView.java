package com.dealtrace.source;

import java.time.LocalDate;
import java.util.List;

import com.dealtrace.party.PartyRef;
import com.dealtrace.web.PartialDate;

/** The source page: the source and everything it supports, across deals; notes are for members only. */
public record SourceView(long id, String title, String publisher, PartyRef publisherParty,
        PublisherKind publisherKind, String url, LocalDate publishedOn, String language, Risk risk, String summary,
        String notes, String archiveUrl, List<Support> supports) {

    /** A deal, or an event of a deal, that this source supports. */
    public record Support(String dealSlug, String dealTitle, String eventTitle, PartialDate eventDate, String quote,
            String locator, String note) {
    }
}
