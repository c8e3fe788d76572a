package com.dealtrace.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
 * The drawings {@link TimelineMarkup} writes ({@code dt:drawing}) are, byte for byte, what the template they replace
 * wrote (kept in the tests as {@code test/drawing-template}): the demo deal's, and one of 120 events of every kind
 * and precision, some unsourced, crowded enough to number marks in a legend, with open, closed and undated cases and
 * text full of characters to escape, under a context path, in English and Spanish.
 */
@DealtraceTest
class DrawingMarkupTest {

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
        var request = new MockHttpServletRequest("GET", "/app/deals/x/timeline");
        request.setContextPath("/app");
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, new MockHttpServletResponse());
        var context = new WebContext(exchange, locale, Map.of("view", view));
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        return engine.process(template, context);
    }
}
