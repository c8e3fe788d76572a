package com.dealtrace.confidence;

import java.io.IOException;
import java.util.stream.Collectors;

import com.dealtrace.security.Viewer;
import com.dealtrace.web.Exports;
import com.dealtrace.web.Formats;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A deal's sources as CSV: each source with publisher, risk and what it supports. */
@RestController
class SourcesExportController {

    private final ConfidenceService confidence;
    private final Formats fmt;
    private final Exports exports;

    SourcesExportController(ConfidenceService confidence, Formats fmt, Exports exports) {
        this.confidence = confidence;
        this.fmt = fmt;
        this.exports = exports;
    }

    @GetMapping("/deals/{slug}/sources.csv")
    void export(@PathVariable String slug, Viewer viewer, HttpServletResponse response) throws IOException {
        var view = confidence.sourceConfidence(slug, viewer.audience());
        exports.csv(response, slug + "-sources.csv", csv -> {
            csv.row("source_id", "title", "publisher", "publisher_kind", "published_on", "risk", "url", "archive_url",
                    "summary", "supports");
            for (var s : view.sources()) {
                csv.row(s.id(), s.title(), s.publisher(), s.publisherKind().name(), s.publishedOn(), s.risk().name(),
                        s.url(), s.archiveUrl(), s.summary(), s.supports().stream()
                                .map(sup -> sup.eventTitle() == null ? "the deal as a whole"
                                        : fmt.date(sup.eventDate()) + " " + sup.eventTitle())
                                .collect(Collectors.joining("; ")));
            }
        });
    }
}
