package com.dealtrace.source;

/**
 * How far a source can be trusted on its own: LOW for primary documents of a party or regulator, MEDIUM for
 * reputable news, HIGH for unattributed or second-hand claims.
 */
public enum Risk {
    LOW, MEDIUM, HIGH;

    /** The style class of the risk's badge: risk-low, risk-medium, risk-high. */
    public String cssClass() {
        return name().toLowerCase();
    }
}
