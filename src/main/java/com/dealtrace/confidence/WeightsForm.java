package com.dealtrace.confidence;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import com.dealtrace.source.Risk;
import com.dealtrace.web.DecimalInput;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/** The weights of the suggested score, one per risk level, each typed with a decimal point or comma. */
public class WeightsForm {

    @NotNull(message = "{validation.weightsForm.weight.notNull}")
    @DecimalMin(value = "0.00", message = "{validation.weightsForm.weight.decimalMin}")
    @DecimalMax(value = "1.00", message = "{validation.weightsForm.weight.decimalMax}")
    @Digits(integer = 1, fraction = 2, message = "{validation.weightsForm.weight.digits}")
    @DecimalInput
    private BigDecimal low;
    @NotNull(message = "{validation.weightsForm.weight.notNull}")
    @DecimalMin(value = "0.00", message = "{validation.weightsForm.weight.decimalMin}")
    @DecimalMax(value = "1.00", message = "{validation.weightsForm.weight.decimalMax}")
    @Digits(integer = 1, fraction = 2, message = "{validation.weightsForm.weight.digits}")
    @DecimalInput
    private BigDecimal medium;
    @NotNull(message = "{validation.weightsForm.weight.notNull}")
    @DecimalMin(value = "0.00", message = "{validation.weightsForm.weight.decimalMin}")
    @DecimalMax(value = "1.00", message = "{validation.weightsForm.weight.decimalMax}")
    @Digits(integer = 1, fraction = 2, message = "{validation.weightsForm.weight.digits}")
    @DecimalInput
    private BigDecimal high;

    static WeightsForm of(Map<Risk, BigDecimal> weights) {
        var form = new WeightsForm();
        form.low = weights.get(Risk.LOW);
        form.medium = weights.get(Risk.MEDIUM);
        form.high = weights.get(Risk.HIGH);
        return form;
    }

    Map<Risk, BigDecimal> weights() {
        Map<Risk, BigDecimal> weights = new EnumMap<>(Risk.class);
        weights.put(Risk.LOW, low);
        weights.put(Risk.MEDIUM, medium);
        weights.put(Risk.HIGH, high);
        return weights;
    }

    public BigDecimal getLow() {
        return low;
    }

    public void setLow(BigDecimal low) {
        this.low = low;
    }

    public BigDecimal getMedium() {
        return medium;
    }

    public void setMedium(BigDecimal medium) {
        this.medium = medium;
    }

    public BigDecimal getHigh() {
        return high;
    }

    public void setHigh(BigDecimal high) {
        this.high = high;
    }
}
