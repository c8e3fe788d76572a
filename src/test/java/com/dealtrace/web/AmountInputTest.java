package com.dealtrace.web;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AmountInputTest {

    private static final Locale ES = Locale.forLanguageTag("es");

    @ParameterizedTest(name = "{0} ({1}) is {2}")
    @CsvSource(delimiter = ';', value = {
            "700,000,000; en; 700000000", "700.000.000; es; 700000000", "700 000 000; en; 700000000",
            "700 000 000; es; 700000000", "1.7bn; en; 1700000000", "1.7bn; es; 1700000000",
            "1,7 mil M; es; 1700000000", "15 m; en; 15000000", "15 millones; es; 15000000",
            "15000000; en; 15000000", "0.94; en; 0.94", "0,94; es; 0.94", "1,500.50; en; 1500.5",
            "1.500,50; es; 1500.5", "2.5 billion; en; 2500000000", "250k; en; 250000", "700,000; en; 700000",
            "700.000; es; 700000", "1.5; es; 1.5"})
    void amountsAreReadAsPeopleWriteThem(String text, String language, String expected) {
        assertThat(AmountInput.parse(text, Locale.forLanguageTag(language))).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "euro", "1.5.", "1,2,3.4.5", "bn", "1.2,3,4", "--5", "1e9", "12 apples"})
    void otherTextIsNotAnAmount(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> AmountInput.parse(text, ES));
    }
}
