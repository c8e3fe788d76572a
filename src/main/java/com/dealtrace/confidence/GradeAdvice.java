package com.dealtrace.confidence;

import java.util.ArrayList;
import java.util.List;

import com.dealtrace.source.Risk;

/** Says what would raise a deal's grade, from the origins behind the deal and behind each event. */
final class GradeAdvice {

    private GradeAdvice() {
    }

    static List<String> improvements(SuggestedScore deal, List<SourceConfidenceView.EventSupport> events) {
        List<String> advice = new ArrayList<>();
        if (deal.sources() == 0) {
            advice.add("No source is cited yet: cite a primary document of a party or a regulator.");
            return advice;
        }
        if (deal.origins().stream().noneMatch(origin -> origin.bestRisk() == Risk.LOW)) {
            advice.add("No primary source: every origin is news or second-hand; a document from a party or a "
                    + "regulator would raise the grade.");
        }
        if (deal.origins().size() == 1) {
            advice.add("All sources come from one publisher (" + deal.origins().get(0).publisher()
                    + "); an independent origin would raise the grade.");
        }
        events.stream()
                .filter(SourceConfidenceView.EventSupport::isUnsourced)
                .forEach(event -> advice.add("No source for “" + event.title() + "”."));
        events.stream()
                .filter(event -> !event.isUnsourced() && event.bestRisk() != Risk.LOW)
                .forEach(event -> advice.add("No primary source for “" + event.title() + "”: only "
                        + (event.bestRisk() == Risk.MEDIUM ? "news reports" : "second-hand claims") + " support it."));
        long highRisk = deal.origins().stream().filter(origin -> origin.bestRisk() == Risk.HIGH).count();
        if (highRisk > 0) {
            advice.add(highRisk + (highRisk == 1 ? " origin rests" : " origins rest")
                    + " on high-risk sources only; corroborate them or replace them.");
        }
        return advice;
    }
}
