package com.dealtrace.event;

import java.util.List;

import com.dealtrace.deal.DealHeader;

/** The deal timeline page: the deal's events in date order, each with its cited sources, and their drawing. */
public record TimelineView(DealHeader deal, List<TimelineEntry> entries, TimelineDrawing drawing) {

    public long unsourced() {
        return entries.stream().filter(TimelineEntry::isUnsourced).count();
    }
}
