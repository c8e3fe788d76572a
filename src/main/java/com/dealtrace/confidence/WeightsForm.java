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

/**
 * The grading policy as an admin edits it: a weight per risk level and a factor per origin class (1.00 for all keeps
 * the classes alike; a factor left out keeps its value), each typed with a decimal point or comma.
 */
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
    @DecimalMin(value = "0.00", message = "{validation.weightsForm.factor.decimalMin}")
    @DecimalMax(value = "1.00", message = "{validation.weightsForm.factor.decimalMax}")
    @Digits(integer = 1, fraction = 2, message = "{validation.weightsForm.weight.digits}")
    @DecimalInput
    private BigDecimal direct;
    @DecimalMin(value = "0.00", message = "{validation.weightsForm.factor.decimalMin}")
    @DecimalMax(value = "1.00", message = "{validation.weightsForm.factor.decimalMax}")
    @Digits(integer = 1, fraction = 2, message = "{validation.weightsForm.weight.digits}")
    @DecimalInput
    private BigDecimal official;
    @DecimalMin(value = "0.00", message = "{validation.weightsForm.factor.decimalMin}")
    @DecimalMax(value = "1.00", message = "{validation.weightsForm.factor.decimalMax}")
    @Digits(integer = 1, fraction = 2, message = "{validation.weightsForm.weight.digits}")
    @DecimalInput
    private BigDecimal independent;

    static WeightsForm of(GradingPolicy policy) {
        var form = new WeightsForm();
        form.low = policy.weights().get(Risk.LOW);
        form.medium = policy.weights().get(Risk.MEDIUM);
        form.high = policy.weights().get(Risk.HIGH);
        form.direct = policy.factors().get(OriginClass.DIRECT);
        form.official = policy.factors().get(OriginClass.OFFICIAL);
        form.independent = policy.factors().get(OriginClass.INDEPENDENT);
        return form;
    }

    Map<OriginClass, BigDecimal> factors() {
        Map<OriginClass, BigDecimal> factors = new EnumMap<>(OriginClass.class);
        factors.put(OriginClass.DIRECT, direct);
        factors.put(OriginClass.OFFICIAL, official);
        factors.put(OriginClass.INDEPENDENT, independent);
        return factors;
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

    public BigDecimal getDirect() {
        return direct;
    }

    public void setDirect(BigDecimal direct) {
        this.direct = direct;
    }

    public BigDecimal getOfficial() {
        return official;
    }

    public void setOfficial(BigDecimal official) {
        this.official = official;
    }

    public BigDecimal getIndependent() {
        return independent;
    }

    public void setIndependent(BigDecimal independent) {
        this.independent = independent;
    }
}
