package com.dealtrace.confidence;

import java.math.BigDecimal;

import com.dealtrace.web.PlainText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An admin's grade: a score between 0 and 1 and the rationale that is kept with it. */
@PlainText
public class GradeForm {

    @NotNull(message = "Give a score between 0.00 and 1.00.")
    @DecimalMin(value = "0.00", message = "A score is at least 0.00.")
    @DecimalMax(value = "1.00", message = "A score is at most 1.00.")
    @Digits(integer = 1, fraction = 2, message = "Give the score with at most two decimals, such as 0.94.")
    private BigDecimal score;
    @NotBlank(message = "Explain the grade: the rationale is kept with it.")
    @Size(max = 5_000, message = "Keep the rationale under 5,000 characters.")
    private String rationale;

    public BigDecimal getScore() {
        return score;
    }

    public void setScore(BigDecimal score) {
        this.score = score;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }
}
