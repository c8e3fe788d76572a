package com.dealtrace.party;

/** What a party is. */
public enum PartyKind {
    COMPANY, PERSON, REGULATOR, GOVERNMENT_BODY, INVESTOR
}
