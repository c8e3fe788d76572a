package com.dealtrace.party;

/**
 * A party as an editor typed it in a form field: the text, and the party it names when it is a party's slug (what
 * the picker fills in). Forms bind it through {@link PartyChoiceFormatter}, so services get the party without
 * looking it up again, and a fragment typed for "Find" stays as typed.
 *
 * @param party the party named, or null when the text names none
 */
public record PartyChoice(String typed, PartyEntry party) {

    public static PartyChoice of(PartyEntry party) {
        return new PartyChoice(party.slug(), party);
    }

    public boolean known() {
        return party != null;
    }

    /** Whether it names a regulator or government body, as a case's regulator must. */
    public boolean regulator() {
        return party != null && (party.kind() == PartyKind.REGULATOR || party.kind() == PartyKind.GOVERNMENT_BODY);
    }

    /** The party's name where known, for the line under the field; else null. */
    public String name() {
        return party == null ? null : party.name();
    }

    /** Prints as typed, which is the slug for a chosen party. */
    @Override
    public String toString() {
        return typed;
    }
}
