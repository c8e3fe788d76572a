package com.dealtrace.confidence;

import java.util.ArrayList;
import java.util.List;

import com.dealtrace.source.Risk;
import com.dealtrace.web.Notice;

import org.springframework.context.MessageSourceResolvable;

/**
 * Says what would raise a deal's grade, from the origins behind the deal and behind each event; each piece of advice
 * is a message key with its arguments, written in the reader's language by the page.
 */
final class GradeAdvice {

    private GradeAdvice() {
    }

    static List<MessageSourceResolvable> improvements(SuggestedScore deal, List<SourceConfidenceView.EventSupport> events) {
        List<MessageSourceResolvable> advice = new ArrayList<>();
        if (deal.sources() == 0) {
            advice.add(Notice.of("advice.noSource"));
            return advice;
        }
        if (deal.origins().stream().noneMatch(origin -> origin.bestRisk() == Risk.LOW)) {
            advice.add(Notice.of("advice.noPrimarySource"));
        }
        if (deal.origins().size() == 1) {
            advice.add(Notice.of("advice.onePublisher", deal.origins().get(0).publisher()));
        }
        events.stream()
                .filter(SourceConfidenceView.EventSupport::isUnsourced)
                .forEach(event -> advice.add(Notice.of("advice.unsourcedEvent", event.title())));
        events.stream()
                .filter(event -> !event.isUnsourced() && event.bestRisk() != Risk.LOW)
                .forEach(event -> advice.add(Notice.of(event.bestRisk() == Risk.MEDIUM ? "advice.eventOnlyNews"
                        : "advice.eventOnlySecondHand", event.title())));
        long highRisk = deal.origins().stream().filter(origin -> origin.bestRisk() == Risk.HIGH).count();
        if (highRisk > 0) {
            advice.add(Notice.of(highRisk == 1 ? "advice.highRisk.one" : "advice.highRisk.many", highRisk));
        }
        return advice;
    }
}
