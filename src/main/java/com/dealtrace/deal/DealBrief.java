package com.dealtrace.deal;

import java.util.List;

import com.dealtrace.regulation.CaseOutcome;
import com.dealtrace.regulation.CaseStatus;

/** The deal brief page: the briefing fields, the participants with their roles, the grade and what to watch. */
public record DealBrief(DealHeader header, String summary, String language, Briefing briefing,
        List<Participant> participants, List<Translation> translations, List<CaseLine> cases, int events,
        int sources) {

    /** The briefing fields of the seed document. */
    public record Briefing(String signalType, String region, String marketClass, String category,
            String primaryDomain, String topic, Level impact, Level operationalRelevance, TimeHorizon timeHorizon,
            List<String> operatingSurface, List<String> watchItems) {
    }

    /** A regulatory case about the deal, as the brief lists it. */
    public record CaseLine(String slug, String title, String regulator, CaseStatus status, CaseOutcome outcome) {
    }
}
