package com.dealtrace.bench;

import com.dealtrace.confidence.ConfidenceService;
import com.dealtrace.deal.DealFilter;
import com.dealtrace.deal.DealService;
import com.dealtrace.event.TimelineService;
import com.dealtrace.security.Audience;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * In the {@code bench} profile: each page's service call without the page, so the benchmark can compare a page
 * with its SQL alone (the same queries and view records, no template).
 */
@RestController
@Profile("bench")
class SqlOnlyController {

    private final TimelineService timelines;
    private final ConfidenceService confidence;
    private final DealService deals;

    SqlOnlyController(TimelineService timelines, ConfidenceService confidence, DealService deals) {
        this.timelines = timelines;
        this.confidence = confidence;
        this.deals = deals;
    }

    @GetMapping("/bench/sql/deals/{slug}/timeline")
    String timeline(@PathVariable String slug) {
        return "events " + timelines.timeline(slug, Audience.PUBLIC).entries().size();
    }

    @GetMapping("/bench/sql/deals/{slug}/sources")
    String sources(@PathVariable String slug) {
        return "sources " + confidence.sourceConfidence(slug, Audience.PUBLIC).sources().size();
    }

    @GetMapping("/bench/sql/deals")
    String list(@ModelAttribute DealFilter filter) {
        return "deals " + deals.list(filter, Audience.PUBLIC).total();
    }
}
