package com.dealtrace.source;

import java.util.List;

import com.dealtrace.web.PartialDate;

/**
 * "Cite it on an event", on a source's page for editors: the deals that cite the source first, then the deals edited
 * last, at most {@link #MAX_DEALS}; for a deal that cites it, its latest events that do not cite it yet.
 */
public record CiteOn(List<Deal> deals) {

    static final int MAX_DEALS = 10;
    static final int MAX_EVENTS = 5;

    /** A deal to add an event to; cites is whether the source is cited on the deal already. */
    public record Deal(String slug, String title, boolean cites, List<Event> events) {
    }

    /** An event of a deal, to which the source can be added as a citation. */
    public record Event(long id, String title, PartialDate date) {
    }
}
