package com.dealtrace.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Amounts as people write them: with grouping ({@code 700,000,000}, {@code 700.000.000}, {@code 700 000 000}) and
 * with a scale word ({@code 1.7bn}, {@code 15 m}, {@code 1,7 mil M}, {@code 15 millones}). A lone separator followed
 * by three digits groups thousands the reader's way (a comma in English, a dot in Spanish); otherwise it marks
 * decimals. Text of any other shape is a field error ({@code typeMismatch.amount}).
 */
public final class AmountInput {

    /** Scale words, longest first so that "mil m" wins over "m". */
    private static final List<Map.Entry<String, BigDecimal>> SCALES = List.of(
            Map.entry("mil millones", BigDecimal.TEN.pow(9)), Map.entry("thousand", BigDecimal.TEN.pow(3)),
            Map.entry("billions", BigDecimal.TEN.pow(9)), Map.entry("millions", BigDecimal.TEN.pow(6)),
            Map.entry("millones", BigDecimal.TEN.pow(6)), Map.entry("billion", BigDecimal.TEN.pow(9)),
            Map.entry("million", BigDecimal.TEN.pow(6)), Map.entry("millón", BigDecimal.TEN.pow(6)),
            Map.entry("mil m", BigDecimal.TEN.pow(9)), Map.entry("mil", BigDecimal.TEN.pow(3)),
            Map.entry("bn", BigDecimal.TEN.pow(9)), Map.entry("mn", BigDecimal.TEN.pow(6)),
            Map.entry("b", BigDecimal.TEN.pow(9)), Map.entry("m", BigDecimal.TEN.pow(6)),
            Map.entry("k", BigDecimal.TEN.pow(3)));

    private AmountInput() {
    }

    public static BigDecimal parse(String text, Locale locale) {
        String value = text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0\\u202f'’_]+", " ").strip();
        BigDecimal scale = BigDecimal.ONE;
        for (var word : SCALES) {
            if (value.endsWith(word.getKey()) && value.length() > word.getKey().length()) {
                String rest = value.substring(0, value.length() - word.getKey().length()).strip();
                if (!rest.isEmpty() && Character.isDigit(rest.charAt(rest.length() - 1))) {
                    value = rest;
                    scale = word.getValue();
                    break;
                }
            }
        }
        String number = value.replace(" ", "");
        if (!number.matches("\\d[\\d.,]*") || number.endsWith(".") || number.endsWith(",") || number.length() > 40) {
            throw new IllegalArgumentException("Not an amount: " + text);
        }
        BigDecimal amount = new BigDecimal(plain(number, locale)).multiply(scale);
        return amount.scale() < 0 ? amount.setScale(0) : amount;
    }

    /** The number with its grouping removed and a dot for decimals. */
    private static String plain(String number, Locale locale) {
        int commas = number.length() - number.replace(",", "").length();
        int dots = number.length() - number.replace(".", "").length();
        if (commas > 0 && dots > 0) {
            char decimal = number.lastIndexOf(',') > number.lastIndexOf('.') ? ',' : '.';
            char grouping = decimal == ',' ? '.' : ',';
            if (number.indexOf(decimal) != number.lastIndexOf(decimal)) {
                throw new IllegalArgumentException("Two decimal marks: " + number);
            }
            return number.replace(String.valueOf(grouping), "").replace(decimal, '.');
        }
        if (commas + dots == 0) {
            return number;
        }
        char mark = commas > 0 ? ',' : '.';
        if (commas + dots > 1) {
            return number.replace(String.valueOf(mark), "");
        }
        boolean thousands = number.length() - number.indexOf(mark) - 1 == 3;
        char readersDecimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        return thousands && mark != readersDecimal ? number.replace(String.valueOf(mark), "")
                : number.replace(mark, '.');
    }

    /** Binds an amount field with the reader's locale: {@code binder.registerCustomEditor(BigDecimal.class, "amount", ...)}. */
    public static final class Editor extends PropertyEditorSupport {

        private final Locale locale;

        public Editor(Locale locale) {
            this.locale = locale;
        }

        @Override
        public void setAsText(String text) {
            setValue(text == null || text.isBlank() ? null : parse(text, locale));
        }

        @Override
        public String getAsText() {
            return getValue() instanceof BigDecimal amount ? amount.stripTrailingZeros().toPlainString() : "";
        }
    }
}
