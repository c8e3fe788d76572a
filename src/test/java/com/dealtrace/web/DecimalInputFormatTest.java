package com.dealtrace.web;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecimalInputFormatTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private final DecimalInputFormat format = new DecimalInputFormat();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0.94|0.94", "0,94|0.94", " 0,6 |0.6", ",5|0.5", ".5|0.5", "1|1", "5.|5",
            "-0,01|-0.01", "+1|1"})
    void aDecimalPointOrADecimalCommaIsReadInEitherLanguage(String typed, String value) throws ParseException {
        assertThat(format.parse(typed, SPANISH)).isEqualByComparingTo(value);
        assertThat(format.parse(typed, Locale.ENGLISH)).isEqualByComparingTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1,500.00", "1.500,00", "0,9,4", "1 000", "1e2", "0x1F", "NaN", "Infinity", "٣",
            "９", "1_000", "--1", ",", ".", "0.94%", "0.94\u0000"})
    void anythingElseIsAParseErrorNotAnException(String typed) {
        assertThatThrownBy(() -> format.parse(typed, SPANISH)).isInstanceOf(ParseException.class);
    }

    @Test
    void theValueIsShownWithTheReadersSeparator() {
        assertThat(format.print(new BigDecimal("0.98"), SPANISH)).isEqualTo("0,98");
        assertThat(format.print(new BigDecimal("0.98"), Locale.forLanguageTag("es-MX"))).isEqualTo("0,98");
        assertThat(format.print(new BigDecimal("0.98"), Locale.ENGLISH)).isEqualTo("0.98");
        assertThat(format.print(new BigDecimal("0.98"), Locale.GERMAN)).isEqualTo("0.98");
    }
}
