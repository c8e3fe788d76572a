package com.dealtrace.deal;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.dealtrace.party.DealStatus;
import com.dealtrace.party.DealType;

/**
 * What every page about one deal shows at its top.
 *
 * @param score the admin's newest score, or null while the deal awaits a grade
 * @param facts the key facts strip, on the brief, timeline and sources pages; null elsewhere
 */
public record DealHeader(long id, String slug, String title, DealType type, DealStatus status, LocalDate announcedOn,
        BigDecimal amount, String currency, String amountNote, Visibility visibility, PublicationState state,
        BigDecimal score, KeyFacts facts) {

    public DealHeader(long id, String slug, String title, DealType type, DealStatus status, LocalDate announcedOn,
            BigDecimal amount, String currency, String amountNote, Visibility visibility, PublicationState state,
            BigDecimal score) {
        this(id, slug, title, type, status, announcedOn, amount, currency, amountNote, visibility, state, score, null);
    }

    public boolean isDraft() {
        return state == PublicationState.DRAFT;
    }

    /** The band of the admin's score on the scale, or null while the deal awaits a grade. */
    public ConfidenceBand band() {
        return score == null ? null : ConfidenceBand.of(score);
    }
}
