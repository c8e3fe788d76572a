package com.dealtrace.regulation;

import java.time.LocalDate;

import com.dealtrace.party.CaseOutcome;
import com.dealtrace.party.CaseStatus;
import com.dealtrace.party.PartyRef;

/** A regulatory case as the case list, the home page and a party page list it. */
public record CaseSummary(String slug, String title, PartyRef regulator, String jurisdiction, CaseStatus status,
        CaseOutcome outcome, LocalDate openedOn, LocalDate decidedOn, String dealSlug, String dealTitle) {

    public boolean isOpen() {
        return status != CaseStatus.CLOSED;
    }
}
