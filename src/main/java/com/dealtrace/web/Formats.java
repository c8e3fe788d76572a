package com.dealtrace.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
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
    /** Spaces left at either end when an amount has no currency, no-break ones included. */
    private static final Pattern EDGE_SPACES = Pattern.compile("^[\\s\\u00a0]+|[\\s\\u00a0]+$");

    private final MessageSource messages;
    /** Labels and date formats by language, asked for thousands of times on a long timeline; the messages never change. */
    private final Map<List<Object>, String> labels = new ConcurrentHashMap<>();
    private final Map<List<Object>, DateTimeFormatter> patterns = new ConcurrentHashMap<>();

    public Formats(MessageSource messages) {
        this.messages = messages;
    }

    /** The label of an enumeration value, from the message files: {@code enum.DealType.PARTNERSHIP}. */
    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        Locale locale = locale();
        return labels.computeIfAbsent(List.of(value, locale), k -> messages.getMessage(
                "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(), null, value.name(), locale));
    }

    /**
     * The label of a value shown in a given field, where the language makes it agree with the field's noun:
     * {@code enum.Level.HIGH.operationalRelevance} ("Alta", as in "Relevancia operativa: Alta") if the message files
     * have it, else the value's own label ("Alto", as in "Impacto: Alto").
     */
    public String label(Enum<?> value, String field) {
        if (value == null) {
            return "";
        }
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name() + "." + field;
        String agreeing = messages.getMessage(key, null, null, locale());
        return agreeing != null ? agreeing : label(value);
    }

    /** The labels of several values, joined: "Partner, Investor, Distributor". */
    public String labels(Collection<? extends Enum<?>> values) {
        return values.stream().map(this::label).collect(Collectors.joining(", "));
    }

    /** A day: "26 Feb 2024", "26 de febrero de 2024". The patterns are in the message files, per language. */
    public String date(LocalDate date) {
        return date == null ? "" : pattern("format.date.day").format(date);
    }

    /** A day in a table column, where space is short: "26 Feb 2024", "26/02/2024". */
    public String shortDate(LocalDate date) {
        return date == null ? "" : pattern("format.date.short").format(date);
    }

    public String dateTime(OffsetDateTime time) {
        return time == null ? "" : pattern("format.dateTime").format(time);
    }

    /**
     * A date at its precision: "26 Feb 2024", "June 2025", "2025"; in Spanish "26 de febrero de 2024",
     * "junio de 2025".
     */
    public String date(PartialDate date) {
        if (date == null) {
            return "";
        }
        String key = switch (date.precision()) {
            case DAY -> "format.date.day";
            case MONTH -> "format.date.month";
            case YEAR -> "format.date.year";
        };
        return pattern(key).format(date.date());
    }

    /** A date at its precision given by name (DAY, MONTH or YEAR), for pages that read dates without the event module. */
    public String date(LocalDate date, String precision) {
        return date == null ? "" : date(new PartialDate(date, DatePrecision.valueOf(precision)));
    }

    /** A machine-readable instant for {@code <time datetime>}, to the second: "2024-05-20T09:30:00Z". */
    public String isoDateTime(OffsetDateTime time) {
        return time == null ? "" : DateTimeFormatter.ISO_INSTANT.format(time.toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
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

    /**
     * A score of 0.00–1.00 as a percentage: "94 %" (with the space both English style guides and the RAE use; in
     * Spanish a no-break space, so the sign never starts a line).
     */
    public String percent(BigDecimal score) {
        if (score == null) {
            return "";
        }
        return message("format.percent", score.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString());
    }

    /** A score with its two decimals: "0.94", "0,94". */
    public String score(BigDecimal score) {
        if (score == null) {
            return "";
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale());
        number.setMinimumFractionDigits(2);
        number.setMaximumFractionDigits(2);
        return number.format(score.setScale(2, RoundingMode.HALF_UP));
    }

    /** A plain count or number with the reader's separators: "250,000", "250.000". */
    public String number(Number value) {
        return value == null ? "" : NumberFormat.getNumberInstance(locale()).format(value);
    }

    /**
     * An amount the way analysts write it: "EUR 15 m", "EUR 1.7 bn", "USD 250,000" in English; "15 M EUR",
     * "1.700 M EUR", "250.000 USD" in Spanish, as Spanish financial papers write them (no-break spaces). The word
     * order and units are in the message files; a billion's message gets the amount in billions ({0}) and in
     * millions ({2}), as Spanish counts thousands of millions.
     */
    public String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale());
        number.setMaximumFractionDigits(1);
        String unit = currency == null ? "" : currency;
        String text;
        if (amount.compareTo(BILLION) >= 0) {
            text = message("format.money.billion", number.format(amount.divide(BILLION)), unit,
                    number.format(amount.divide(MILLION)));
        }
        else if (amount.compareTo(MILLION) >= 0) {
            text = message("format.money.million", number.format(amount.divide(MILLION)), unit);
        }
        else {
            text = message("format.money.units", number.format(amount), unit);
        }
        return EDGE_SPACES.matcher(text).replaceAll("");
    }

    /** A title or a query quoted as the language quotes: “Series C”, «Serie C». */
    public String quoted(String text) {
        return text == null ? "" : message("format.quoted", text);
    }

    /** A notice or an error a controller passed on as a message key with its arguments ({@link Notice}). */
    public String message(Object notice) {
        if (notice instanceof MessageSourceResolvable resolvable) {
            return messages.getMessage(resolvable, locale());
        }
        return notice == null ? "" : notice.toString();
    }

    private DateTimeFormatter pattern(String key) {
        Locale locale = locale();
        return patterns.computeIfAbsent(List.of(key, locale),
                k -> DateTimeFormatter.ofPattern(messages.getMessage(key, null, locale), locale));
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale());
    }

    private static Locale locale() {
        return Languages.supported(LocaleContextHolder.getLocale());
    }
}
