package com.dealtrace.pick;

import java.util.List;

import com.dealtrace.deal.DealService;
import com.dealtrace.party.PartyKind;
import com.dealtrace.party.PartyService;
import com.dealtrace.regulation.CaseService;
import com.dealtrace.security.Viewer;
import com.dealtrace.source.SourceService;
import com.dealtrace.web.Pick;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The type-ahead pickers of the editor forms ask here for what matches the typed text: at most twenty sources,
 * parties, deals or cases as JSON, the best first, each from one SQL statement. Editors only, like the forms.
 */
@RestController
class PickController {

    private final SourceService sources;
    private final PartyService parties;
    private final DealService deals;
    private final CaseService cases;

    PickController(SourceService sources, PartyService parties, DealService deals, CaseService cases) {
        this.sources = sources;
        this.parties = parties;
        this.deals = deals;
        this.cases = cases;
    }

    /** Sources by title, publisher or address; the deal's cited sources first, and alone for an empty text. */
    @GetMapping(path = "/pick/sources", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Pick> sources(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String deal,
            Viewer viewer) {
        return sources.pick(text(q, viewer), deal);
    }

    /** Parties by name or alias; {@code kind=organisation} leaves out people, {@code kind=regulator} keeps regulators. */
    @GetMapping(path = "/pick/parties", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Pick> parties(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String kind,
            Viewer viewer) {
        return parties.pick(text(q, viewer), kinds(kind));
    }

    @GetMapping(path = "/pick/deals", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Pick> deals(@RequestParam(defaultValue = "") String q, Viewer viewer) {
        return deals.pick(text(q, viewer));
    }

    @GetMapping(path = "/pick/cases", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Pick> cases(@RequestParam(defaultValue = "") String q, Viewer viewer) {
        return cases.pick(text(q, viewer));
    }

    /** The party kinds a picker of this kind offers; empty for every kind. */
    static List<PartyKind> kinds(String kind) {
        if ("organisation".equals(kind)) {
            return List.of(PartyKind.values()).stream().filter(k -> k != PartyKind.PERSON).toList();
        }
        if ("regulator".equals(kind)) {
            return List.of(PartyKind.REGULATOR, PartyKind.GOVERNMENT_BODY);
        }
        return List.of();
    }

    private static String text(String q, Viewer viewer) {
        if (!viewer.editor()) {
            throw new AccessDeniedException("Pickers are for editors");
        }
        return Pick.clean(q);
    }
}
