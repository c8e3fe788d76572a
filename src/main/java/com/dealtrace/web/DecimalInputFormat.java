package com.dealtrace.web;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.ParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads and writes {@link DecimalInput} fields. A decimal point or a decimal comma is accepted whatever the page's
 * language (readers type what they read, and a pasted "0.94" must still work on a Spanish page); digits are ASCII,
 * with an optional sign, and there are no thousands separators, exponents or words ("1,500" would be ambiguous).
 * Anything else is a field error ({@code typeMismatch}), kept as typed.
 */
@Configuration(proxyBeanMethods = false)
public class DecimalInputFormat implements WebMvcConfigurer, AnnotationFormatterFactory<DecimalInput>,
        Formatter<BigDecimal> {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+(?:[.,]\\d*)?|[.,]\\d+)");

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldAnnotation(this);
    }

    /** "0.94", "0,94", " ,5 " as typed; null where the text is not such a decimal. */
    static BigDecimal read(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        if (!DECIMAL.matcher(stripped).matches()) {
            return null;
        }
        return new BigDecimal(stripped.replace(',', '.'));
    }

    @Override
    public BigDecimal parse(String text, Locale locale) throws ParseException {
        BigDecimal value = read(text);
        if (value == null) {
            throw new ParseException(text, 0);
        }
        return value;
    }

    /** The value with the reader's decimal separator: "0.94", "0,94". */
    @Override
    public String print(BigDecimal value, Locale locale) {
        char separator = DecimalFormatSymbols.getInstance(Languages.supported(locale)).getDecimalSeparator();
        return value.toPlainString().replace('.', separator);
    }

    @Override
    public Set<Class<?>> getFieldTypes() {
        return Set.of(BigDecimal.class);
    }

    @Override
    public Printer<?> getPrinter(DecimalInput annotation, Class<?> fieldType) {
        return this;
    }

    @Override
    public Parser<?> getParser(DecimalInput annotation, Class<?> fieldType) {
        return this;
    }
}
