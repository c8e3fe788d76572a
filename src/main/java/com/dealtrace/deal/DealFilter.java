package com.dealtrace.deal;

import java.time.LocalDate;

import com.dealtrace.party.DealStatus;
import com.dealtrace.party.DealType;
import com.dealtrace.web.Slugs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/**
 * The deal list's search box and filters, bound from the query string. Every field may be empty.
 *
 * @param party a party's slug, or words its name contains
 * @param region words the deal's region contains
 * @param sort the list's order, newest first when empty
 * @param reverse whether the order is read the other way round (oldest, smallest, Z to A first)
 * @param page the page's number; without a cursor, the page that many pages in (an offset, for links typed or kept
 *     from before the cursors); with one, only the number the page shows
 * @param after the slug of the deal the page starts after (keyset paging: Next), its key and id read off the index
 * @param before the slug of the deal the page ends before (Previous)
 */
public record DealFilter(@Size(max = 200) String q, DealType type, DealStatus status, @Size(max = 200) String party,
        @Size(max = 200) String region, Grade grade, LocalDate from, LocalDate to, @Min(1) @Max(100_000) Integer page,
        DealSort sort, Boolean reverse, @Size(max = 200) @Pattern(regexp = CURSOR) String after,
        @Size(max = 200) @Pattern(regexp = CURSOR) String before) {

    public static final int PAGE_SIZE = 20;

    /** A deal's slug, the only shape a page cursor takes. */
    static final String CURSOR = "^$|^" + Slugs.SHAPE + "$";

    /** The list's first page with its filters and order, for callers that set no page. */
    public DealFilter(String q, DealType type, DealStatus status, String party, String region, Grade grade,
            LocalDate from, LocalDate to, Integer page, DealSort sort, Boolean reverse) {
        this(q, type, status, party, region, grade, from, to, page, sort, reverse, null, null);
    }

    public int pageNumber() {
        return page == null ? 1 : page;
    }

    public DealFilter withoutPage() {
        return new DealFilter(q, type, status, party, region, grade, from, to, null, sort, reverse, null, null);
    }

    /** The page that starts after ({@code forward}) or ends before this deal, numbered {@code number}. */
    DealFilter at(int number, String slug, boolean forward) {
        return new DealFilter(q, type, status, party, region, grade, from, to, number, sort, reverse,
                forward ? slug : null, forward ? null : slug);
    }

    /** Whether the page is placed by a cursor (after or before a deal) rather than by its number. */
    public boolean keyset() {
        return hasText(after) || hasText(before);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    public DealSort sortOrDefault() {
        return sort == null ? DealSort.ANNOUNCED : sort;
    }

    public boolean reversed() {
        return Boolean.TRUE.equals(reverse);
    }

    /** Whether a click on this column's heading reverses the order (it is the current sort, not yet reversed). */
    public boolean reverses(DealSort column) {
        return sortOrDefault() == column && !reversed();
    }

    /** The column's aria-sort value: ascending or descending where the list is sorted by it, none elsewhere. */
    public String ariaSort(DealSort column) {
        if (sortOrDefault() != column) {
            return "none";
        }
        return column.ascending() != reversed() ? "ascending" : "descending";
    }

    /** This filter without the fields that failed to bind or validate, so the rest still applies. */
    public DealFilter without(Errors errors) {
        return new DealFilter(keep(errors, "q", q), keep(errors, "type", type), keep(errors, "status", status),
                keep(errors, "party", party), keep(errors, "region", region), keep(errors, "grade", grade),
                keep(errors, "from", from), keep(errors, "to", to), keep(errors, "page", page),
                keep(errors, "sort", sort), keep(errors, "reverse", reverse), keep(errors, "after", after),
                keep(errors, "before", before));
    }

    private static <T> T keep(Errors errors, String field, T value) {
        return errors.hasFieldErrors(field) ? null : value;
    }
}
