package com.dealtrace.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The one CSV writer (RFC 4180, through Apache Commons CSV), writing rows as they come. Every text cell is quoted,
 * numbers are not. A formula character (=, +, -, @) at the start of a cell, or right after anything a spreadsheet
 * might split a cell on (a comma, semicolon, tab, pipe or line break, for readers whose locale separates by another
 * character), is prefixed with an apostrophe, so no cell runs as a formula.
 */
public final class Csv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.NON_NUMERIC).get();
    private static final Pattern FORMULA = Pattern.compile("(^|[,;\\t|\\r\\n])(\\s*)([=+\\-@])");

    private final CSVPrinter printer;

    public Csv(Appendable out) {
        try {
            this.printer = new CSVPrinter(out, FORMAT);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public Csv row(List<?> fields) {
        try {
            printer.printRecord(fields.stream().map(Csv::cell).toList());
            return this;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public Csv row(Object... fields) {
        return row(Arrays.asList(fields));
    }

    public void flush() {
        try {
            printer.flush();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static Object cell(Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        String text = value.toString();
        if (!text.isEmpty() && (text.charAt(0) == '\t' || text.charAt(0) == '\r')) {
            text = "'" + text;
        }
        return FORMULA.matcher(text).replaceAll("$1$2'$3");
    }
}
