package com.dealtrace.deal;

import java.time.LocalDate;

import com.dealtrace.party.DealStatus;
import com.dealtrace.party.DealType;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/**
 * The deal list's search box and filters, bound from the query string. Every field may be empty.
 *
 * @param party a party's slug, or words its name contains
 * @param region words the deal's region contains
 * @param sort the list's order, newest first when empty
 * @param reverse whether the order is read the other way round (oldest, smallest, Z to A first)
 */
public record DealFilter(@Size(max = 200) String q, DealType type, DealStatus status, @Size(max = 200) String party,
        @Size(max = 200) String region, Grade grade, LocalDate from, LocalDate to, @Min(1) @Max(100_000) Integer page,
        DealSort sort, Boolean reverse) {

    public static final int PAGE_SIZE = 20;

    public int pageNumber() {
        return page == null ? 1 : page;
    }

    public DealFilter withoutPage() {
        return new DealFilter(q, type, status, party, region, grade, from, to, null, sort, reverse);
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
                keep(errors, "sort", sort), keep(errors, "reverse", reverse));
    }

    private static <T> T keep(Errors errors, String field, T value) {
        return errors.hasFieldErrors(field) ? null : value;
    }
}
