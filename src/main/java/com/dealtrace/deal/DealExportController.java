package com.dealtrace.deal;

import com.dealtrace.security.Viewer;
import com.dealtrace.web.Csv;
import com.dealtrace.web.FilterValidation;
import com.dealtrace.web.Formats;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/** The deal list as CSV, with the same search and filters as the page. */
@RestController
class DealExportController {

    private final DealService deals;
    private final Formats fmt;
    private final FilterValidation validation;

    DealExportController(DealService deals, Formats fmt, FilterValidation validation) {
        this.deals = deals;
        this.fmt = fmt;
        this.validation = validation;
    }

    @GetMapping("/deals.csv")
    ResponseEntity<String> export(@Valid @ModelAttribute DealFilter filter, BindingResult errors, Viewer viewer) {
        validation.complete(filter, errors);
        var csv = new Csv().row("slug", "title", "type", "status", "announced_on", "amount", "currency", "region",
                "parties", "visibility", "score", "grade");
        for (var d : deals.export(filter.without(errors), viewer.audience())) {
            csv.row(d.slug(), d.title(), d.type().name(), d.status().name(), d.announcedOn(),
                    d.amount() == null ? null : d.amount().toPlainString(), d.currency(), d.region(), d.parties(),
                    d.visibility().name(), d.score() == null ? null : fmt.score(d.score()),
                    d.band() == null ? null : d.band().grade().code());
        }
        return csv.download("deals.csv");
    }
}
