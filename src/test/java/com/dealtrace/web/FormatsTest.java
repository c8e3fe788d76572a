package com.dealtrace.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import com.dealtrace.deal.DealType;
import com.dealtrace.event.DatePrecision;
import com.dealtrace.event.PartialDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

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
    void scoresAreWrittenAsPercentages() {
        assertThat(formats.percent(new BigDecimal("0.94"))).isEqualTo("94 %");
        assertThat(formats.score(new BigDecimal("0.6"))).isEqualTo("0.60");
    }

    @Test
    void spanishReadersGetSpanishMonthsSeparatorsAndWordOrder() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        var day = LocalDate.of(2025, 9, 17);

        assertThat(formats.date(new PartialDate(day, DatePrecision.DAY))).isEqualTo("17 sept 2025");
        assertThat(formats.date(new PartialDate(day, DatePrecision.MONTH))).isEqualTo("septiembre de 2025");
        assertThat(formats.date(day)).isEqualTo("17 sept 2025");
        assertThat(formats.money(new BigDecimal("15000000.00"), "EUR")).isEqualTo("15 M EUR");
        assertThat(formats.money(new BigDecimal("1700000000.00"), "EUR")).isEqualTo("1,7 mil M EUR");
        assertThat(formats.money(new BigDecimal("250000"), "USD")).isEqualTo("250.000 USD");
        assertThat(formats.money(new BigDecimal("250000"), null)).isEqualTo("250.000");
        assertThat(formats.score(new BigDecimal("0.6"))).isEqualTo("0,60");
        assertThat(formats.percent(new BigDecimal("0.94"))).isEqualTo("94 %");
        assertThat(formats.label(DealType.JOINT_VENTURE)).isEqualTo("Empresa conjunta");
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
