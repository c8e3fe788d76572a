package com.dealtrace.deal;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.dealtrace.party.DealStatus;
import com.dealtrace.party.DealType;

/** A deal as a row of the deal list. */
public record DealSummary(String slug, String title, DealType type, DealStatus status, LocalDate announcedOn,
        String region, BigDecimal amount, String currency, Visibility visibility, PublicationState state, String parties,
        BigDecimal score) {

    public ConfidenceBand band() {
        return score == null ? null : ConfidenceBand.of(score);
    }
}
