package com.dealtrace.deal;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.dealtrace.party.CaseStatus;
import com.dealtrace.party.DealStatus;
import com.dealtrace.party.DealType;

/**
 * A deal as a row of the deal list; {@code parties} leaves regulators and context out, {@code caseStatus} is that of
 * the deal's latest regulatory case.
 */
public record DealSummary(String slug, String title, DealType type, DealStatus status, LocalDate announcedOn,
        String region, BigDecimal amount, String currency, Visibility visibility, PublicationState state, String parties,
        BigDecimal score, int sources, int events, LocalDate latestEventOn, CaseStatus caseStatus) {

    public ConfidenceBand band() {
        return score == null ? null : ConfidenceBand.of(score);
    }
}
