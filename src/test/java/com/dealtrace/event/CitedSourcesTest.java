package com.dealtrace.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.dealtrace.source.PublisherKind;
import com.dealtrace.source.Risk;
import com.dealtrace.support.DealtraceTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The cited sources written by {@link TimelineMarkup} are, byte for byte, what the template they replace wrote (kept in
 * the tests as {@code test/cited-template}): every stance, with and without quote and locator, text full of
 * characters to escape, under a context path, in English and Spanish.
 */
@DealtraceTest
class CitedSourcesTest {

    @Autowired
    SpringTemplateEngine engine;

    @Autowired
    ApplicationContext application;

    static final List<CitedSourceLine> SOURCES = List.of(
            line(1, Risk.LOW, Stance.SUPPORTS, "Quote with <b>\"marks\"</b> & O'Brien's", "p. <2>"),
            line(22, Risk.MEDIUM, Stance.CONTRADICTS, null, "§ 4 — «annex»"),
            line(333, Risk.HIGH, Stance.CONTEXT, "It’s 15 M€ ‘or so’", null),
            line(4444, Risk.LOW, Stance.SUPPORTS, null, null));

    static CitedSourceLine line(long id, Risk risk, Stance stance, String quote, String locator) {
        return new CitedSourceLine(id, "Title <" + id + "> & \"co\" O'Neil", 7L, "Publisher <&> 'n' \"p\"",
                PublisherKind.NEWS_OUTLET, risk, "https://example.org/" + id, stance, quote, locator, "INDEPENDENT");
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theWrittenListIsTheTemplatesByteForByte() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            LocaleContextHolder.setLocale(locale);
            String template = render("test/cited-template", locale);
            assertThat(template).contains("&lt;b&gt;&quot;marks&quot;&lt;/b&gt; &amp; O&#39;Brien&#39;s", "/app/sources/22",
                    "stance-contradicts", "stance-context");
            assertThat(render("test/cited-written", locale)).isEqualTo(template);
        }
    }

    @Test
    void anEmptyListIsAnEmptyList() {
        assertThat(render("test/cited-written", Locale.ENGLISH, List.of()))
                .isEqualTo(render("test/cited-template", Locale.ENGLISH, List.of()))
                .isEqualTo("<ul class=\"cited\"></ul>\n");
    }

    private String render(String template, Locale locale) {
        return render(template, locale, SOURCES);
    }

    private String render(String template, Locale locale, List<CitedSourceLine> sources) {
        return MarkupRenders.render(engine, application, template, locale, Map.of("sources", sources));
    }
}
