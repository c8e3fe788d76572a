package com.dealtrace.deal;

import java.util.List;

import com.dealtrace.party.ParticipantRole;
import com.dealtrace.party.PartyKind;

/**
 * A party in a deal with every role it plays there, e.g. Microsoft as partner, investor and distributor, and the note
 * of each role that has one.
 */
public record Participant(String slug, String name, PartyKind kind, String country, List<ParticipantRole> roles,
        List<RoleNote> notes) {

    /** The note on one of the party's roles in the deal. */
    public record RoleNote(ParticipantRole role, String note) {
    }

    public boolean isContext() {
        return roles.size() == 1 && roles.get(0) == ParticipantRole.CONTEXT;
    }
}
