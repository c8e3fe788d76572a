package com.dealtrace.party;

/** A link to a party's page. */
public record PartyRef(String slug, String name) {
}
