package com.dealtrace.deal;

import java.io.IOException;

import com.dealtrace.security.Viewer;
import com.dealtrace.web.Exports;
import com.dealtrace.web.FilterValidation;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/** The deal list as CSV, with the same search and filters as the page. */
@RestController
class DealExportController {

    private final DealService deals;
    private final Exports exports;
    private final FilterValidation validation;

    DealExportController(DealService deals, Exports exports, FilterValidation validation) {
        this.deals = deals;
        this.exports = exports;
        this.validation = validation;
    }

    @GetMapping("/deals.csv")
    void export(@Valid @ModelAttribute DealFilter filter, BindingResult errors, Viewer viewer,
            HttpServletResponse response) throws IOException {
        validation.complete(filter, errors);
        exports.csv(response, "deals.csv", csv -> {
            csv.row("slug", "title", "type", "status", "announced_on", "amount", "currency", "region", "parties",
                    "visibility", "score", "grade");
            for (var d : deals.export(filter.without(errors), viewer.audience())) {
                csv.row(d.slug(), d.title(), d.type().name(), d.status().name(), d.announcedOn(), d.amount(),
                        d.currency(), d.region(), d.parties(), d.visibility().name(), d.score(),
                        d.band() == null ? null : d.band().grade().code());
            }
        });
    }
}
