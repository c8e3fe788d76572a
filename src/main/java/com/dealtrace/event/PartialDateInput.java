package com.dealtrace.event;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.dealtrace.web.DateInput;
import com.dealtrace.web.DatePrecision;
import com.dealtrace.web.PartialDate;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A date typed at its precision: {@code 2024-07-15} for a day, {@code 2024-07} for a month, {@code 2021} for a year
 * (full dates as {@link DateInput} reads them). A text of any other shape is a field error
 * ({@code typeMismatch.com.dealtrace.web.PartialDate}).
 */
@Configuration(proxyBeanMethods = false)
public class PartialDateInput implements WebMvcConfigurer, Formatter<PartialDate> {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(PartialDate.class, this);
    }

    public static PartialDate parse(String text) {
        String value = text.strip();
        Matcher year = YEAR.matcher(value);
        if (year.matches()) {
            return new PartialDate(LocalDate.of(Integer.parseInt(year.group(1)), 1, 1), DatePrecision.YEAR);
        }
        Matcher month = MONTH.matcher(value);
        if (month.matches()) {
            int number = Integer.parseInt(month.group(2));
            if (number < 1 || number > 12) {
                throw new IllegalArgumentException("No month " + number);
            }
            return new PartialDate(LocalDate.of(Integer.parseInt(month.group(1)), number, 1), DatePrecision.MONTH);
        }
        return new PartialDate(DateInput.parse(value), DatePrecision.DAY);
    }

    @Override
    public PartialDate parse(String text, Locale locale) throws ParseException {
        try {
            return parse(text);
        }
        catch (DateTimeParseException | IllegalArgumentException ex) {
            throw new ParseException(text, 0);
        }
    }

    @Override
    public String print(PartialDate date, Locale locale) {
        String day = DateInput.format(date.date());
        return switch (date.precision()) {
            case DAY -> day;
            case MONTH -> day.substring(0, 7);
            case YEAR -> day.substring(0, 4);
        };
    }
}
