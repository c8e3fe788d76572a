package com.dealtrace.party;

/** One party as the editors' forms name it: its id, slug, name and kind. */
public record PartyEntry(long id, String slug, String name, PartyKind kind) {
}
