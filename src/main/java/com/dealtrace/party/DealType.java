package com.dealtrace.party;

/** What kind of deal it is. */
public enum DealType {
    PARTNERSHIP, INVESTMENT, ACQUISITION, ACQUI_HIRE, DISTRIBUTION, LICENSING, JOINT_VENTURE
}
