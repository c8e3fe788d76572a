package com.dealtrace.party;

/** The part a party plays in a deal; CONTEXT marks a party that frames the deal without being in it. */
public enum ParticipantRole {
    INVESTOR, INVESTEE, PARTNER, DISTRIBUTOR, ACQUIRER, TARGET, LEAD_INVESTOR, REGULATOR, CONTEXT
}
