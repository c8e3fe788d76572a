package com.dealtrace.confidence;

import java.math.BigDecimal;

import com.dealtrace.web.DecimalInput;
import com.dealtrace.web.PlainText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An admin's grade: a score between 0 and 1 ("0.94" or "0,94") and the rationale that is kept with it. */
@PlainText
public class GradeForm {

    @NotNull(message = "{validation.gradeForm.score.notNull}")
    @DecimalMin(value = "0.00", message = "{validation.gradeForm.score.decimalMin}")
    @DecimalMax(value = "1.00", message = "{validation.gradeForm.score.decimalMax}")
    @Digits(integer = 1, fraction = 2, message = "{validation.gradeForm.score.digits}")
    @DecimalInput
    private BigDecimal score;
    @NotBlank(message = "{validation.gradeForm.rationale.notBlank}")
    @Size(max = 5_000, message = "{validation.gradeForm.rationale.size}")
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
