package com.dealtrace.party;

import java.time.LocalDate;
import java.util.List;

/** The party page: who the party is, its deals and roles, its people and the cases it is in. */
public record PartyView(String slug, String name, PartyKind kind, String country, String website,
        List<String> aliases, String description, String position, PartyRef organisation, List<PartyDeal> deals,
        List<Person> people, List<PartyCase> cases) {

    /** A published deal the party takes part in, with every role it plays there. */
    public record PartyDeal(String slug, String title, DealType type, DealStatus status, LocalDate announcedOn,
            List<ParticipantRole> roles) {
    }

    /** A person who belongs to the party. */
    public record Person(String slug, String name, String position) {
    }

    /** A regulatory case the party decides (as regulator) or is concerned by (through one of its deals). */
    public record PartyCase(String slug, String title, String regulator, CaseStatus status, CaseOutcome outcome,
            String dealSlug, String dealTitle) {
    }
}
