package com.dealtrace.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.dealtrace.security.Audience;
import com.dealtrace.security.Viewer;
import com.dealtrace.source.Risk;
import com.dealtrace.support.DealtraceTest;
import com.dealtrace.web.DatePrecision;
import com.dealtrace.web.PartialDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The markup {@link TimelineMarkup} writes is, byte for byte, what the templates it replaces wrote (kept in the tests
 * as {@code test/event-template} and {@code test/drawing-template}), in English and Spanish, under a context path.
 * <ul>
 * <li>The events ({@code dt:events}): the demo deal's own, and events made to take every branch (milestones with and
 * without a case, no description or one of spaces, unsourced, weak, with and without a best risk, disputed with and
 * without supporting sources and with context, resolved) with text full of characters to escape, for an editor
 * (with the row actions), an analyst, and an editor reading a past day (without).</li>
 * <li>The drawings ({@code dt:drawing}): the demo deal's, and one of 120 events of every kind and precision, some
 * unsourced, crowded enough to number marks in a legend, with open, closed and undated cases.</li>
 * </ul>
 */
@DealtraceTest
class TimelineMarkupTest {


    @Autowired
    SpringTemplateEngine engine;

    @Autowired
    ApplicationContext application;

    @Autowired
    TimelineService timelines;

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theWrittenEventsAreTheTemplatesByteForByte() {
        var entries = new ArrayList<>(timelines.timeline("microsoft-mistral-ai-partnership", Audience.EDITOR).entries());
        entries.addAll(madeUp());
        var editor = new Viewer("editor", true, true, false);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            LocaleContextHolder.setLocale(locale);
            String template = render("test/event-template", locale, entries, editor, null);
            assertThat(template).contains("/app/cases/cma-%3Ccase%3E", "&lt;Title&gt; &amp; &quot;co&quot;", "class=\"sides\"",
                    "class=\"resolution\"", "class=\"weak-flag\"", "class=\"unsourced-flag\"", "milestone-key",
                    "class=\"row-actions\"", "/app/events/904/resolve", "action=\"/app/events/901/delete\"",
                    "kind-regulatory_decision milestone", "datetime=\"2024-02-26\"");
            assertThat(render("test/event-written", locale, entries, editor, null)).isEqualTo(template);

            // no actions for an analyst, nor for an editor on a past day's record
            String analysts = render("test/event-template", locale, entries, Viewer.ANONYMOUS, null);
            assertThat(analysts).doesNotContain("row-actions");
            assertThat(render("test/event-written", locale, entries, Viewer.ANONYMOUS, null)).isEqualTo(analysts);
            var day = LocalDate.of(2025, 3, 1);
            String past = render("test/event-template", locale, entries, editor, day);
            assertThat(past).doesNotContain("row-actions");
            assertThat(render("test/event-written", locale, entries, editor, day)).isEqualTo(past);
        }
    }

    private static List<TimelineEntry> madeUp() {
        var date = new PartialDate(LocalDate.of(2024, 2, 26), DatePrecision.DAY);
        var supports = CitedSourcesTest.line(1, Risk.LOW, Stance.SUPPORTS, "q <1>", null);
        var contradicts = CitedSourcesTest.line(2, Risk.HIGH, Stance.CONTRADICTS, null, "p. 2");
        var context = CitedSourcesTest.line(3, Risk.MEDIUM, Stance.CONTEXT, null, null);
        var strong = new EventSupport(3, 2, Risk.LOW, new BigDecimal("0.91"), "A", "high", false);
        var weak = new EventSupport(1, 1, null, new BigDecimal("0.30"), "D", "low", true);
        var resolution = new TimelineEntry.Resolution("editor <e>", OffsetDateTime.parse("2025-05-01T10:15:00Z"), "Note & \"why\"");
        return List.of(
                new TimelineEntry(901, date, EventKind.REGULATORY_DECISION, "<Title> & \"co\" O'Neil", "Desc <b>&</b>",
                        "cma-<case>", "CMA <case> & co", List.of(supports), null, strong),
                new TimelineEntry(902, date, EventKind.REGULATORY_INQUIRY_OPENED, "No case", "", null, null, List.of(), null,
                        EventSupport.NONE),
                new TimelineEntry(903, date, EventKind.FUNDING, "Weak", null, null, null, List.of(supports), null, weak),
                new TimelineEntry(904, date, EventKind.STATEMENT, "Disputed", "  ", null, null,
                        List.of(contradicts, context), null, weak),
                new TimelineEntry(905, date, EventKind.OTHER, "Resolved", "d", null, null,
                        List.of(supports, contradicts), resolution, strong),
                new TimelineEntry(906, date, EventKind.ANNOUNCEMENT, "Resolution without a contradiction", "d", null, null,
                        List.of(supports), resolution, null),
                new TimelineEntry(907, date, EventKind.PRODUCT_RELEASE, "Context only", "d", null, null,
                        List.of(context), null, new EventSupport(0, 0, null, BigDecimal.ZERO, "E", "none", false)));
    }

    private String render(String template, Locale locale, List<TimelineEntry> entries, Viewer viewer, LocalDate asOf) {
        var variables = new HashMap<String, Object>(Map.of("entries", entries, "viewer", viewer));
        variables.put("asOf", asOf);
        return MarkupRenders.render(engine, application, template, locale, variables);
    }

    @Test
    void theWrittenDrawingsAreTheTemplatesByteForByte() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            LocaleContextHolder.setLocale(locale);
            var demo = timelines.timeline("microsoft-mistral-ai-partnership", Audience.EDITOR);
            String template = render("test/drawing-template", locale, demo);
            assertThat(template).contains("/app/cases/", "case-bar", "class=\"today\"");
            assertThat(render("test/drawing-written", locale, demo)).isEqualTo(template);

            var crowded = crowded(locale);
            template = render("test/drawing-template", locale, crowded);
            assertThat(template).contains("drawing-legend", "mark-label number", "mark span", "unsourced", "undated",
                    "&lt;b&gt; &amp; &quot;co&quot;", "/app/cases/c-%3C1%3E");
            assertThat(render("test/drawing-written", locale, crowded)).isEqualTo(template);
        }
    }

    private static TimelineView crowded(Locale locale) {
        var kinds = EventKind.values();
        var precisions = DatePrecision.values();
        List<TimelineEntry> entries = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            var date = new PartialDate(LocalDate.of(2020, 1, 1).plusDays(i * 9L), precisions[i % precisions.length]);
            List<CitedSourceLine> sources = i % 7 == 0 ? List.of()
                    : List.of(CitedSourcesTest.line(i, Risk.LOW, Stance.SUPPORTS, null, null));
            entries.add(new TimelineEntry(1000 + i, date, kinds[i % kinds.length], "Event <b> & \"co\" number " + i,
                    "", i % 11 == 0 ? "c-<1>" : null, i % 11 == 0 ? "Case <1>" : null, sources));
        }
        var cases = List.of(
                new TimelineDrawing.CaseSpan("c-<1>", "Case <1> & \"co\"", LocalDate.of(2020, 3, 1), LocalDate.of(2021, 2, 1), false),
                new TimelineDrawing.CaseSpan("open", "Open case", LocalDate.of(2021, 6, 1), null, true),
                new TimelineDrawing.CaseSpan("undated", "Undated", null, null, true));
        var drawing = TimelineDrawing.of(entries, cases, LocalDate.of(2023, 1, 1), locale,
                kind -> kind.name().replace('_', ' '), date -> date.date().toString());
        return new TimelineView(null, entries, drawing);
    }

    private String render(String template, Locale locale, TimelineView view) {
        return MarkupRenders.render(engine, application, template, locale, Map.of("view", view));
    }
}
