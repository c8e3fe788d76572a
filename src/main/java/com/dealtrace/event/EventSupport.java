package com.dealtrace.event;

import java.math.BigDecimal;

import com.dealtrace.source.Risk;

/**
 * How well one event is supported, by the formula of the suggested score applied to its own citations: its
 * supporting sources, their independent origins, the best risk among them, and the score and band it would suggest.
 *
 * @param grade the band's grade as written ("A/B")
 * @param band the band's name in lower case, for the page's classes ("high")
 * @param weak supported, but only to a low band: one news origin, or second-hand claims
 */
public record EventSupport(int sources, int origins, Risk bestRisk, BigDecimal score, String grade, String band,
        boolean weak) {

    public static final EventSupport NONE = new EventSupport(0, 0, null, BigDecimal.ZERO.setScale(2), null, null, false);

    public boolean isUnsourced() {
        return sources == 0;
    }
}
