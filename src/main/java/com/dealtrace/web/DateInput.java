package com.dealtrace.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one way dates are typed into forms and filters: yyyy-mm-dd with a four-digit year, and only days that exist
 * (2024-02-30 is refused, not moved). ISO's expanded years (+99999-01-01) are refused too: PostgreSQL cannot store
 * most of them and no deal or source is dated there. A date that does not parse is a field error
 * ({@code typeMismatch.java.time.LocalDate} in messages.properties).
 */
@Configuration(proxyBeanMethods = false)
public class DateInput implements WebMvcConfigurer, Formatter<LocalDate> {

    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4)
            .appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, this);
    }

    /** The date written yyyy-mm-dd; bundles read their dates with it too. */
    public static LocalDate parse(String text) {
        return LocalDate.parse(text, FORMAT);
    }

    /** The date written yyyy-mm-dd. */
    public static String format(LocalDate date) {
        return FORMAT.format(date);
    }

    @Override
    public LocalDate parse(String text, Locale locale) throws ParseException {
        try {
            return parse(text);
        }
        catch (DateTimeParseException ex) {
            throw new ParseException(text, ex.getErrorIndex());
        }
    }

    @Override
    public String print(LocalDate date, Locale locale) {
        return FORMAT.format(date);
    }
}
