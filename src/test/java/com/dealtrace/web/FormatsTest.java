package com.dealtrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import com.dealtrace.change.ChangeAction;
import com.dealtrace.deal.Level;
import com.dealtrace.party.DealType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class FormatsTest {

    private static final String NBSP = "\u00a0";

    private Formats formats;

    @BeforeEach
    void english() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        formats = new Formats(messages);
        LocaleContextHolder.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void datesAreWrittenAtTheirPrecision() {
        var day = LocalDate.of(2025, 6, 17);

        assertThat(formats.date(new PartialDate(day, DatePrecision.DAY))).isEqualTo("17 Jun 2025");
        assertThat(formats.date(new PartialDate(day, DatePrecision.MONTH))).isEqualTo("June 2025");
        assertThat(formats.date(new PartialDate(day, DatePrecision.YEAR))).isEqualTo("2025");
        assertThat(formats.isoDate(new PartialDate(day, DatePrecision.MONTH))).isEqualTo("2025-06");
    }

    @Test
    void partialDatesStartAndEndWithTheirPeriod() {
        var month = new PartialDate(LocalDate.of(2024, 2, 17), DatePrecision.MONTH);

        assertThat(month.date()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(month.end()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void amountsAreWrittenTheWayAnalystsWriteThem() {
        assertThat(formats.money(new BigDecimal("15000000.00"), "EUR")).isEqualTo("EUR 15 m");
        assertThat(formats.money(new BigDecimal("1700000000.00"), "EUR")).isEqualTo("EUR 1.7 bn");
        assertThat(formats.money(new BigDecimal("250000"), "USD")).isEqualTo("USD 250,000");
        assertThat(formats.money(null, null)).isEmpty();
    }

    @Test
    void amountsReadNaturallyAtEveryMagnitudeInEnglishAndSpanish() {
        var amounts = List.of(new BigDecimal("750000"), new BigDecimal("15000000"), new BigDecimal("1700000000"),
                new BigDecimal("13000000000"));

        assertThat(amounts.stream().map(a -> formats.money(a, "EUR")))
                .containsExactly("EUR 750,000", "EUR 15 m", "EUR 1.7 bn", "EUR 13 bn");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        assertThat(amounts.stream().map(a -> formats.money(a, "EUR")))
                .containsExactly("750.000" + NBSP + "EUR", "15" + NBSP + "M" + NBSP + "EUR",
                        "1.700" + NBSP + "M" + NBSP + "EUR", "13.000" + NBSP + "M" + NBSP + "EUR")
                .noneMatch(text -> text.contains("mil"));
    }

    @Test
    void englishLabelsDoNotChangeWithTheirField() {
        assertThat(formats.label(Level.HIGH, "operationalRelevance")).isEqualTo("High");
        assertThat(formats.shortDate(LocalDate.of(2025, 9, 9))).isEqualTo("9 Sep 2025");
        assertThat(formats.dateTime(OffsetDateTime.of(2024, 2, 26, 9, 5, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("26 Feb 2024, 09:05");
    }

    @Test
    void scoresAreWrittenAsPercentages() {
        assertThat(formats.percent(new BigDecimal("0.94"))).isEqualTo("94 %");
        assertThat(formats.score(new BigDecimal("0.6"))).isEqualTo("0.60");
    }

    @Test
    void spanishDatesAreWrittenOutWithTheirFullMonthAndShortInTables() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        var day = LocalDate.of(2024, 2, 26);

        assertThat(formats.date(new PartialDate(day, DatePrecision.DAY))).isEqualTo("26 de febrero de 2024");
        assertThat(formats.date(day)).isEqualTo("26 de febrero de 2024");
        assertThat(formats.date(new PartialDate(day, DatePrecision.MONTH))).isEqualTo("febrero de 2024");
        assertThat(formats.date(new PartialDate(day, DatePrecision.YEAR))).isEqualTo("2024");
        // Java's short Spanish months mix "feb" and "sept"; no page uses them
        assertThat(formats.date(LocalDate.of(2025, 9, 9))).isEqualTo("9 de septiembre de 2025");
        assertThat(formats.shortDate(LocalDate.of(2025, 9, 9))).isEqualTo("09/09/2025");
        assertThat(formats.dateTime(OffsetDateTime.of(2024, 2, 26, 9, 5, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("26/02/2024, 09:05");
    }

    @Test
    void spanishAmountsAreWrittenInMillionsAsSpanishFinancialPapersDo() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));

        assertThat(formats.money(new BigDecimal("15000000.00"), "EUR")).isEqualTo("15" + NBSP + "M" + NBSP + "EUR");
        assertThat(formats.money(new BigDecimal("1700000000.00"), "EUR")).isEqualTo("1.700" + NBSP + "M" + NBSP + "EUR");
        assertThat(formats.money(new BigDecimal("2500000"), "USD")).isEqualTo("2,5" + NBSP + "M" + NBSP + "USD");
        assertThat(formats.money(new BigDecimal("12000000000"), "USD")).isEqualTo("12.000" + NBSP + "M" + NBSP + "USD");
        assertThat(formats.money(new BigDecimal("250000"), "USD")).isEqualTo("250.000" + NBSP + "USD");
        assertThat(formats.money(new BigDecimal("250000"), null)).isEqualTo("250.000");
        assertThat(formats.money(new BigDecimal("1700000000"), null)).isEqualTo("1.700" + NBSP + "M");
    }

    @Test
    void spanishScoresHaveADecimalCommaAndANoBreakSpaceBeforeThePercentSign() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));

        assertThat(formats.score(new BigDecimal("0.6"))).isEqualTo("0,60");
        assertThat(formats.percent(new BigDecimal("0.94"))).isEqualTo("94" + NBSP + "%");
        assertThat(formats.number(250_000)).isEqualTo("250.000");
    }

    @Test
    void spanishLabelsUseTheGlossaryAndAgreeWithTheirField() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));

        assertThat(formats.label(DealType.JOINT_VENTURE)).isEqualTo("Empresa en participación");
        assertThat(formats.label(Level.HIGH)).isEqualTo("Alto");
        assertThat(formats.label(Level.HIGH, "impact")).isEqualTo("Alto");
        assertThat(formats.label(Level.HIGH, "operationalRelevance")).isEqualTo("Alta");
        assertThat(formats.label(ChangeAction.CREATED)).isEqualTo("Creación");
        assertThat(formats.label(null, "impact")).isEmpty();
    }

    @Test
    void quotesFollowTheLanguage() {
        assertThat(formats.quoted("Series C")).isEqualTo("\u201cSeries C\u201d");

        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        assertThat(formats.quoted("Serie C")).isEqualTo("«Serie C»");
        assertThat(formats.quoted("it's {0}")).isEqualTo("«it's {0}»");
    }

    @Test
    void aLanguageWithoutMessagesIsWrittenInEnglish() {
        LocaleContextHolder.setLocale(Locale.GERMAN);

        assertThat(formats.money(new BigDecimal("1700000000.00"), "EUR")).isEqualTo("EUR 1.7 bn");
        assertThat(formats.date(LocalDate.of(2025, 3, 1))).isEqualTo("1 Mar 2025");
    }

    @Test
    void enumLabelsComeFromTheMessageFiles() {
        assertThat(formats.label(DealType.ACQUI_HIRE)).isEqualTo("Acqui-hire");
    }
}
