package com.dealtrace.deal;

import java.util.List;

import com.dealtrace.party.PartyKind;

/** A party in a deal with every role it plays there, e.g. Microsoft as partner, investor and distributor. */
public record Participant(String slug, String name, PartyKind kind, String country, List<ParticipantRole> roles,
        String note) {

    public boolean isContext() {
        return roles.size() == 1 && roles.get(0) == ParticipantRole.CONTEXT;
    }
}
