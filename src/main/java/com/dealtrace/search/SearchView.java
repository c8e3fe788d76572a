package com.dealtrace.search;

import java.util.List;

/** The search page: results grouped by kind, each group ranked, one page of one kind when a kind is chosen. */
public record SearchView(String query, SearchKind kind, int page, List<Group> groups) {

    /** One kind's results and how many there are in all. */
    public record Group(SearchKind kind, long total, List<Hit> hits) {

        /** Whether more matched than were counted: the page says "1,000+". */
        public boolean bounded() {
            return total > SearchService.BOUND;
        }

        /** The count shown: the total, or the bound when more matched. */
        public long shown() {
            return Math.min(total, SearchService.BOUND);
        }
    }

    /** Whether the words are too short to match in part (they match as whole words only). */
    public boolean wholeWordsOnly() {
        return com.dealtrace.database.Rows.wholeWordsOnly(query);
    }

    /**
     * One result: where it links, its title and a snippet with the matched words marked, and a detail: the kind of
     * deal, party or case ({@code label}), or a source's publisher or an event's deal ({@code detail}).
     */
    public record Hit(String href, List<Segment> title, List<Segment> snippet, Enum<?> label, String detail) {
    }

    /** A run of text, matched or not; templates wrap matched runs in {@code <mark>} and escape all. */
    public record Segment(String text, boolean match) {
    }

    public boolean isEmpty() {
        return groups.stream().allMatch(g -> g.total() == 0);
    }

    public long total() {
        return groups.stream().mapToLong(Group::total).sum();
    }
}
