package com.dealtrace.regulation;

import java.util.List;

import com.dealtrace.party.CaseStatus;
import com.dealtrace.party.PartyRef;

/** The case list: cases grouped by regulator, optionally narrowed to one regulator or status. */
public record CaseListView(String regulator, CaseStatus status, List<RegulatorCases> groups, List<PartyRef> regulators) {

    public List<CaseStatus> statuses() {
        return List.of(CaseStatus.values());
    }

    /** One regulator with its cases, open ones first. */
    public record RegulatorCases(PartyRef regulator, List<CaseSummary> cases) {
    }
}
