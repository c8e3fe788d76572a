package com.dealtrace.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import com.dealtrace.bundle.BundleImporter;
import com.dealtrace.bundle.BundleService;
import com.dealtrace.bundle.ImportResult;
import com.dealtrace.confidence.ConfidenceService;
import com.dealtrace.deal.DealFilter;
import com.dealtrace.deal.DealService;
import com.dealtrace.event.TimelineService;
import com.dealtrace.party.CaseStatus;
import com.dealtrace.party.PartyService;
import com.dealtrace.regulation.CaseService;
import com.dealtrace.security.Viewer;
import com.dealtrace.source.Risk;
import com.dealtrace.source.SourceService;
import com.dealtrace.web.FilterValidation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API, version 1: the same view records the pages show, for programs. Reads need an analyst's token,
 * bundle imports an editor's (see {@code SecurityConfiguration}); errors are RFC 9457 problem details.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class ApiController {

    private final DealService deals;
    private final TimelineService timelines;
    private final ConfidenceService confidence;
    private final PartyService parties;
    private final SourceService sources;
    private final CaseService cases;
    private final BundleService bundles;
    private final BundleImporter importer;
    private final FilterValidation validation;

    ApiController(DealService deals, TimelineService timelines, ConfidenceService confidence, PartyService parties,
            SourceService sources, CaseService cases, BundleService bundles, BundleImporter importer,
            FilterValidation validation) {
        this.deals = deals;
        this.timelines = timelines;
        this.confidence = confidence;
        this.parties = parties;
        this.sources = sources;
        this.cases = cases;
        this.bundles = bundles;
        this.importer = importer;
        this.validation = validation;
    }

    @GetMapping("/deals")
    Object deals(@Valid @ModelAttribute DealFilter filter, BindingResult errors, Viewer viewer) {
        validation.complete(filter, errors);
        if (errors.hasErrors()) {
            throw new ApiProblems.BadParameters(errors);
        }
        var view = deals.list(filter, viewer.audience());
        rejectTooDeep(view.tooDeep(), view.deepestNumber());
        // the next and previous pages by cursor (the deal they start after or end before): any page costs one page
        var answer = new java.util.LinkedHashMap<String, Object>(Map.of("deals", view.deals(), "total", view.total(),
                "page", view.page(), "pages", view.pages(), "more", view.more()));
        if (view.hasNext() && !view.deals().isEmpty()) {
            answer.put("next", "/api/v1" + view.nextHref());
        }
        if (view.hasPrevious()) {
            answer.put("previous", "/api/v1" + view.previousHref());
        }
        return answer;
    }

    /** One deal with its participants, events and their citations, sources, cases and grades. */
    @GetMapping("/deals/{slug}")
    Object deal(@PathVariable String slug, Viewer viewer) {
        var brief = deals.brief(slug, viewer.audience());
        var timeline = timelines.timeline(slug, viewer.audience());
        var evidence = confidence.sourceConfidence(slug, viewer.audience());
        return Map.of("deal", brief, "events", timeline.entries(), "sources", evidence.sources(),
                "suggestedScore", evidence.suggested(), "grades", evidence.history());
    }

    @GetMapping("/deals/{slug}/bundle")
    Object bundle(@PathVariable String slug, Viewer viewer) {
        return bundles.export(slug, viewer.audience());
    }

    @GetMapping("/parties")
    Object parties(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page,
            @RequestParam(required = false) String after, @RequestParam(required = false) String before, Viewer viewer) {
        var view = parties.list(viewer.audience(), q == null || q.length() <= 200 ? q : q.substring(0, 200),
                Math.min(Math.max(page, 1), 100_000), after, before);
        rejectTooDeep(view.tooDeep(), view.deepestNumber());
        var answer = new java.util.LinkedHashMap<String, Object>(Map.of("parties", view.parties(), "page", view.page(),
                "more", view.more()));
        if (view.more() && !view.parties().isEmpty()) {
            answer.put("next", "/api/v1" + view.nextHref());
        }
        if (view.hasPrevious()) {
            answer.put("previous", "/api/v1" + view.previousHref());
        }
        return answer;
    }

    @GetMapping("/parties/{slug}")
    Object party(@PathVariable String slug, Viewer viewer) {
        return parties.party(slug, viewer.audience());
    }

    @GetMapping("/sources")
    Object sources(@RequestParam(required = false) String publisher, @RequestParam(required = false) Risk risk,
            @RequestParam(defaultValue = "1") int page, @RequestParam(required = false) Long after,
            @RequestParam(required = false) Long before) {
        // after= the last source of a page (its nextAfter), before= the first: any depth costs one page
        var view = sources.list(publisher, risk, Math.min(Math.max(page, 1), 100_000), after, before);
        rejectTooDeep(view.tooDeep(), view.deepestNumber());
        return view;
    }

    /** A page number too deep to open by number alone is a bad parameter: deeper pages are reached by their links. */
    private static void rejectTooDeep(boolean tooDeep, long deepest) {
        if (tooDeep) {
            throw new ApiProblems.BadParameters("page",
                    "at most " + deepest + " without a cursor; deeper pages are reached by the next and previous addresses");
        }
    }

    @GetMapping("/sources/{id:\\d{1,18}}")
    Object source(@PathVariable long id, Viewer viewer) {
        return sources.source(id, viewer.audience());
    }

    @GetMapping("/cases")
    Object cases(@RequestParam(required = false) String regulator, @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) String q, @RequestParam(required = false) String after,
            @RequestParam(required = false) String before, @RequestParam(defaultValue = "1") int page, Viewer viewer) {
        var view = cases.list(regulator, status, q, after, before, page, viewer.audience());
        if (view.cursorRejected()) {
            throw new ApiProblems.BadParameters(after != null && !after.isBlank() ? "after" : "before", "a case's slug");
        }
        var answer = new java.util.LinkedHashMap<String, Object>();
        answer.put("groups", view.groups());
        answer.put("page", view.page());
        if (view.hasNext() && view.last() != null) {
            answer.put("next", "/api/v1" + view.nextHref());
        }
        if (view.hasPrevious()) {
            answer.put("previous", "/api/v1" + view.previousHref());
        }
        return answer;
    }

    @GetMapping("/cases/{slug}")
    Object regulatoryCase(@PathVariable String slug, Viewer viewer) {
        return cases.regulatoryCase(slug, viewer.audience());
    }

    /**
     * Imports a bundle (at most 5 MiB) whole: 201 if it added anything, 200 with what it matched if everything was
     * there already; or refuses it whole with its problems and their JSON paths.
     */
    @PostMapping(path = "/bundles", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportResult> importBundle(HttpServletRequest request, Viewer viewer) throws IOException {
        try (InputStream body = request.getInputStream()) {
            var result = importer.importFrom(body, viewer);
            return ResponseEntity.status(result.createdAnything() ? HttpStatus.CREATED : HttpStatus.OK).body(result);
        }
    }
}
