package com.dealtrace.deal;

/**
 * The orders of the deal list. Each reads one index of V13 forwards (its natural direction) or backwards, so a page
 * is the first rows of an index scan, never a sort of every deal: the ORDER BY clauses below match the indexes
 * exactly, nulls included (the natural direction puts deals without the value last, the reversed one first). The
 * deal id breaks ties, so that a page can start right after a given deal (keyset paging, {@link #after}).
 */
public enum DealSort {

    ANNOUNCED("announced_on", true, true),
    TITLE("title", false, false),
    GRADE("grade_score", true, true),
    SOURCES("source_count", false, true),
    EVENTS("event_count", false, true),
    LATEST_EVENT("latest_event_on", true, true),
    CASE_STATUS("case_status", true, false);

    private final String key;
    private final boolean nullable;
    private final boolean descending;

    DealSort(String key, boolean nullable, boolean descending) {
        this.key = key;
        this.nullable = nullable;
        this.descending = descending;
    }

    /** The ORDER BY for this sort, its natural direction (newest, largest, A to Z) unless {@code reverse}. */
    public String orderBy(boolean reverse) {
        return orderBy(reverse, "d");
    }

    /** The ORDER BY over the columns of {@code alias} (a deal, or rows that carry its id and this sort's key). */
    String orderBy(boolean reverse, String alias) {
        String direction = descending != reverse ? " desc" : "";
        // the index's own null placement: last in the natural direction, first reversed; written out only where
        // it is not the default of the direction (desc puts nulls first, asc last), and never on columns without nulls
        String nulls = !nullable ? "" : descending && !reverse ? " nulls last" : descending ? " nulls first" : "";
        return alias + "." + key + direction + nulls + ", " + alias + ".id" + direction;
    }

    /** The column this sort reads, for selecting it beside the id. */
    String key() {
        return key;
    }

    /**
     * The deals that come after the deal whose slug is {@code :after} in this order, as conditions of one or more index range scans to
     * be united ({@code union all}) and ordered again: each branch is an index range of this sort's index, so a page
     * anywhere costs what the first costs. The cursor deal's key and id are read by slug in each branch (a one-row lookup);
     * where it has none, the deals after it are those without a value and a further id, then (reversed) all those
     * with a value.
     */
    java.util.List<String> after(boolean reverse) {
        String op = descending != reverse ? "<" : ">";
        String cursorKey = "(select a.%s from deal a where a.slug = :after)".formatted(key);
        var branches = new java.util.ArrayList<String>();
        branches.add("(d.%s, d.id) %s (%s, (select a.id from deal a where a.slug = :after))".formatted(key, op, cursorKey));
        if (nullable) {
            boolean nullsLast = !reverse;
            // where the cursor has a value, every deal without one comes after it (nulls last) or none does
            String beyond = nullsLast == op.equals("<") ? "9223372036854775807" : "0";
            branches.add("d.%1$s is null and d.id %2$s (select case when a.%1$s is null then a.id else %3$s end from deal a where a.slug = :after)"
                    .formatted(key, op, beyond));
            if (!nullsLast) {
                branches.add("d.%1$s is not null and (select a.%1$s is null from deal a where a.slug = :after)".formatted(key));
            }
        }
        return branches;
    }

    /** Whether the natural direction is ascending (A to Z), for the column's aria-sort. */
    public boolean ascending() {
        return !descending;
    }
}
