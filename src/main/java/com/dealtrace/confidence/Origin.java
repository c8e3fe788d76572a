package com.dealtrace.confidence;

import java.math.BigDecimal;

import com.dealtrace.source.Risk;

/**
 * One independent origin behind a deal or an event: all the cited sources of one publisher, weighed by the best
 * (lowest) risk among them times the factor of its class.
 */
public record Origin(String publisher, Risk bestRisk, int sources, BigDecimal weight, OriginClass originClass) {
}
