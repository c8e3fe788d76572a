package com.dealtrace.confidence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import com.dealtrace.deal.ConfidenceBand;

/** A proposed grade waiting for a second admin, with the deal it grades and what was suggested beside it. */
public record Proposal(long id, String dealSlug, String dealTitle, BigDecimal score, String rationale,
        String assessedBy, OffsetDateTime assessedAt, Integer policyVersion, BigDecimal suggestedScore) {

    public ConfidenceBand band() {
        return ConfidenceBand.of(score);
    }
}
