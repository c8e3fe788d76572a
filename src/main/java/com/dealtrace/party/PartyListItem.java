package com.dealtrace.party;

/** A party on the party list. */
public record PartyListItem(String slug, String name, PartyKind kind, String country, String organisation,
        int deals) {
}
