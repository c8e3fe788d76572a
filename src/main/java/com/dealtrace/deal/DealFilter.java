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
 */
public record DealFilter(@Size(max = 200) String q, DealType type, DealStatus status, @Size(max = 200) String party,
        @Size(max = 200) String region, Grade grade, LocalDate from, LocalDate to, @Min(1) @Max(100_000) Integer page) {

    public static final int PAGE_SIZE = 20;

    public int pageNumber() {
        return page == null ? 1 : page;
    }

    public DealFilter withoutPage() {
        return new DealFilter(q, type, status, party, region, grade, from, to, null);
    }

    /** This filter without the fields that failed to bind or validate, so the rest still applies. */
    public DealFilter without(Errors errors) {
        return new DealFilter(keep(errors, "q", q), keep(errors, "type", type), keep(errors, "status", status),
                keep(errors, "party", party), keep(errors, "region", region), keep(errors, "grade", grade),
                keep(errors, "from", from), keep(errors, "to", to), keep(errors, "page", page));
    }

    private static <T> T keep(Errors errors, String field, T value) {
        return errors.hasFieldErrors(field) ? null : value;
    }
}
