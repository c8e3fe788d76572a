package com.dealtrace.database;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One page of a list read by keyset: a page and one row more were read after a cursor row, or before it
 * ({@code backwards}: Previous, read in the index's reverse order). The extra row only tells whether more rows
 * follow in the reading direction ({@code further}); the rows are kept in the list's order.
 */
public record KeysetPage<T>(List<T> rows, boolean backwards, boolean further) {

    /**
     * How many rows a page number alone may skip: a page by number is an OFFSET, which reads every row before it (a
     * second for the last sources at ten times the benchmark), so deeper pages are reached by their Next and Previous
     * links, which cost what the first page does, whatever the depth.
     */
    public static final long DEEPEST_OFFSET = 20_000;

    /** Whether the {@code page}-th page of {@code size} rows, asked for by its number alone, lies past {@link #DEEPEST_OFFSET}. */
    public static boolean beyondNumbers(int page, int size) {
        return (long) (page - 1) * size > DEEPEST_OFFSET;
    }

    /** The deepest page of {@code size} rows a number alone opens. */
    public static long deepestNumber(int size) {
        return DEEPEST_OFFSET / size + 1;
    }

    /** The page among rows read up to {@code size} + 1, turned back into the list's order when read backwards. */
    public static <T> KeysetPage<T> of(List<T> read, int size, boolean backwards) {
        boolean further = read.size() > size;
        List<T> rows = new ArrayList<>(further ? read.subList(0, size) : read);
        if (backwards) {
            Collections.reverse(rows);
        }
        return new KeysetPage<>(List.copyOf(rows), backwards, further);
    }

    /** Whether a Next link belongs: read backwards, the cursor row follows; read forwards, when more rows came. */
    public boolean hasNext() {
        return backwards || further;
    }

    /**
     * Whether a Previous link belongs: read backwards, when more rows came before; read forwards, unless the page is
     * the list's start ({@code atStart}: no cursor and the first page).
     */
    public boolean hasPrevious(boolean atStart) {
        return backwards ? further : !atStart;
    }
}
