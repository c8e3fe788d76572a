package com.dealtrace.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.dealtrace.security.Audience;
import com.dealtrace.source.Risk;
import com.dealtrace.support.DealtraceTest;
import com.dealtrace.web.DatePrecision;
import com.dealtrace.web.PartialDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * What {@link TimelineMarkup} writes of an event ({@code dt:event}) is, byte for byte, what the template it replaces
 * wrote (kept in the tests as {@code test/event-template}): the demo deal's own events, and events made to take every
 * branch (milestones with and without a case, no description, unsourced, weak, with and without a best risk,
 * disputed with and without supporting sources and with context, resolved), with text full of characters to escape,
 * under a context path, in English and Spanish.
 */
@DealtraceTest
class EventMarkupTest {

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
    void theWrittenEventIsTheTemplatesByteForByte() {
        var entries = new ArrayList<>(timelines.timeline("microsoft-mistral-ai-partnership", Audience.EDITOR).entries());
        entries.addAll(madeUp());
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            LocaleContextHolder.setLocale(locale);
            String template = render("test/event-template", locale, entries);
            assertThat(template).contains("/app/cases/cma-%3Ccase%3E", "&lt;Title&gt; &amp; &quot;co&quot;", "class=\"sides\"",
                    "class=\"resolution\"", "class=\"weak-flag\"", "class=\"unsourced-flag\"", "milestone-key");
            assertThat(render("test/event-written", locale, entries)).isEqualTo(template);
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

    private String render(String template, Locale locale, List<TimelineEntry> entries) {
        var request = new MockHttpServletRequest("GET", "/app/deals/x/timeline");
        request.setContextPath("/app");
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, new MockHttpServletResponse());
        var context = new WebContext(exchange, locale, Map.of("entries", entries));
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        return engine.process(template, context);
    }
}
