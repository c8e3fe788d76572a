package com.dealtrace.source;

import java.util.List;

/** The source list: sources by publisher and risk, one page at a time. */
public record SourceListView(String publisher, Risk risk, List<SourceSummary> sources, long total, int page,
        int pages, List<String> publishers) {

    public static final int PAGE_SIZE = 50;

    public List<Risk> risks() {
        return List.of(Risk.values());
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
