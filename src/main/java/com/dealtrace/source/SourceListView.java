package com.dealtrace.source;

import java.util.List;

import com.dealtrace.database.KeysetPage;

/**
 * The source list: sources by publisher and risk, one page at a time; the publisher is typed (its whole name, in
 * any case), not picked from every publisher there is. When {@code more}, more sources match than
 * were counted and {@code total} is a lower bound ("1,000+"). {@code tooDeep}: the page was asked for by a number
 * too deep to open by number alone (see {@link KeysetPage#DEEPEST_OFFSET}), and nothing was read.
 */
public record SourceListView(String publisher, Risk risk, List<SourceSummary> sources, long total, boolean more,
        int page, int pages, boolean hasPrevious, boolean hasNext, boolean tooDeep) {

    /** The count the page shows: exact, or the bound it passed (shown with a "+"). */
    public long shownTotal() {
        return more ? total - 1 : total;
    }

    public static final int PAGE_SIZE = 50;

    /** The deepest page its number opens. */
    public long deepestNumber() {
        return KeysetPage.deepestNumber(PAGE_SIZE);
    }

    public List<Risk> risks() {
        return List.of(Risk.values());
    }

    /** The last source shown: the next page starts after it. */
    public Long nextAfter() {
        return sources.isEmpty() ? null : sources.get(sources.size() - 1).id();
    }

    /** The first source shown: the previous page ends before it (none from page 2: that is the first page). */
    public Long previousBefore() {
        return page <= 2 || sources.isEmpty() ? null : sources.get(0).id();
    }
}
