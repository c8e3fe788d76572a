package com.dealtrace.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import com.dealtrace.event.PartialDate;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place where values become text on a page: dates at their precision, scores, amounts and the labels
 * of enumerations. Templates call it as {@code @fmt}.
 */
@Component("fmt")
public class Formats {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

    private final MessageSource messages;

    public Formats(MessageSource messages) {
        this.messages = messages;
    }

    /** The label of an enumeration value, from the message files: {@code enum.DealType.PARTNERSHIP}. */
    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        return messages.getMessage(key, null, value.name(), locale());
    }

    /** The labels of several values, joined: "Partner, Investor, Distributor". */
    public String labels(Collection<? extends Enum<?>> values) {
        return values.stream().map(this::label).collect(Collectors.joining(", "));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy", locale()).format(date);
    }

    public String dateTime(OffsetDateTime time) {
        return time == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale()).format(time);
    }

    /** A date at its precision: "26 Feb 2024", "June 2025", "2025". */
    public String date(PartialDate date) {
        if (date == null) {
            return "";
        }
        String pattern = switch (date.precision()) {
            case DAY -> "d MMM yyyy";
            case MONTH -> "MMMM yyyy";
            case YEAR -> "yyyy";
        };
        return DateTimeFormatter.ofPattern(pattern, locale()).format(date.date());
    }

    /** A machine-readable date for {@code <time datetime>}: "2024-02-26", "2025-06", "2025". */
    public String isoDate(PartialDate date) {
        if (date == null) {
            return "";
        }
        return switch (date.precision()) {
            case DAY -> date.date().toString();
            case MONTH -> date.date().toString().substring(0, 7);
            case YEAR -> String.valueOf(date.date().getYear());
        };
    }

    /** A score of 0.00–1.00 as a percentage: "94 %". */
    public String percent(BigDecimal score) {
        if (score == null) {
            return "";
        }
        return score.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    /** A score with its two decimals: "0.94". */
    public String score(BigDecimal score) {
        return score == null ? "" : score.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** An amount the way analysts write it: "EUR 15 m", "EUR 1.7 bn", "USD 250,000". */
    public String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale());
        number.setMaximumFractionDigits(1);
        String text;
        if (amount.compareTo(BILLION) >= 0) {
            text = number.format(amount.divide(BILLION)) + " bn";
        }
        else if (amount.compareTo(MILLION) >= 0) {
            text = number.format(amount.divide(MILLION)) + " m";
        }
        else {
            text = number.format(amount);
        }
        return currency == null ? text : currency + " " + text;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
