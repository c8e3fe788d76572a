package com.dealtrace.deal;

/**
 * A deal's direct parties in SQL: its participants that speak for themselves in it, not as its regulator or for
 * context. A source one of them publishes is a direct voice ({@code origin_class(direct, publisher, kind)}, V16).
 * The timeline, the sources page and the bundle export all read them through this one fragment, which names the
 * table {@code deal_participant}, so a deal read as of a past day ({@link com.dealtrace.change.AsOf}) gets that
 * day's participants.
 */
public final class DirectParties {

    private DirectParties() {
    }

    /** An array expression of the party ids of the deal whose id the SQL expression {@code deal} gives. */
    public static String of(String deal) {
        return "array(select dp.party_id from deal_participant dp where dp.deal_id = " + deal
                + " and dp.role not in ('REGULATOR', 'CONTEXT'))";
    }
}
