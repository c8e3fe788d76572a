package com.dealtrace.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfidenceBandTest {

    @ParameterizedTest(name = "{0} is {1} ({2})")
    @CsvSource({
            "1.00, A, HIGH", "0.94, A, HIGH", "0.90, A, HIGH",
            "0.89, A/B, STRONG", "0.75, A/B, STRONG",
            "0.74, B/C, MEDIUM", "0.55, B/C, MEDIUM",
            "0.54, C/D, WEAK_MEDIUM", "0.35, C/D, WEAK_MEDIUM",
            "0.34, D, WEAK_SIGNAL", "0.10, D, WEAK_SIGNAL",
            "0.09, D, INTERNAL_MONITORING", "0.00, D, INTERNAL_MONITORING",
            "0.899, A, HIGH", "0.894, A/B, STRONG"})
    void scoreFallsInItsBandAtEachBoundary(String score, String grade, ConfidenceBand band) {
        assertThat(ConfidenceBand.of(new BigDecimal(score))).isEqualTo(band);
        assertThat(ConfidenceBand.of(new BigDecimal(score)).grade().code()).isEqualTo(grade);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "1.01", "2"})
    void scoreOutsideZeroToOneIsRejected(String score) {
        assertThatIllegalArgumentException().isThrownBy(() -> ConfidenceBand.of(new BigDecimal(score)));
    }

    @ParameterizedTest
    @CsvSource({"A, A", "A/B, A_B", "B/C, B_C", "C/D, C_D", "D, D"})
    void gradeIsReadFromItsCode(String code, Grade grade) {
        assertThat(Grade.ofCode(code)).isEqualTo(grade);
    }
}
