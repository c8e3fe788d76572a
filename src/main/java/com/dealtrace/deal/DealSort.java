package com.dealtrace.deal;

/**
 * The orders of the deal list. Each reads one index of V13 forwards (its natural direction) or backwards, so a page
 * is the first rows of an index scan, never a sort of every deal: the ORDER BY clauses below match the indexes
 * exactly, nulls included.
 */
public enum DealSort {

    ANNOUNCED("d.announced_on desc nulls last, d.id desc", "d.announced_on asc nulls first, d.id asc", false),
    TITLE("d.title, d.id", "d.title desc, d.id desc", true),
    GRADE("d.grade_score desc nulls last, d.id desc", "d.grade_score asc nulls first, d.id asc", false),
    SOURCES("d.source_count desc, d.id desc", "d.source_count asc, d.id asc", false),
    EVENTS("d.event_count desc, d.id desc", "d.event_count asc, d.id asc", false),
    LATEST_EVENT("d.latest_event_on desc nulls last, d.id desc", "d.latest_event_on asc nulls first, d.id asc", false),
    CASE_STATUS("d.case_status, d.id", "d.case_status desc nulls first, d.id desc", true);

    private final String natural;
    private final String reversed;
    private final boolean ascending;

    DealSort(String natural, String reversed, boolean ascending) {
        this.natural = natural;
        this.reversed = reversed;
        this.ascending = ascending;
    }

    /** The ORDER BY for this sort, its natural direction (newest, largest, A to Z) unless {@code reverse}. */
    String orderBy(boolean reverse) {
        return reverse ? reversed : natural;
    }

    /** Whether the natural direction is ascending (A to Z), for the column's aria-sort. */
    public boolean ascending() {
        return ascending;
    }
}
