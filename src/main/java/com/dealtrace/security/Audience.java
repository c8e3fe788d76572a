package com.dealtrace.security;

/**
 * Which deals a reader may see: anonymous readers see published public deals, members (analysts) every published
 * deal, editors drafts too. Deleted deals are seen by no one until an admin restores them.
 */
public enum Audience {
    PUBLIC("%1$s.deleted_at is null and %1$s.state = 'PUBLISHED' and %1$s.visibility = 'PUBLIC'"),
    MEMBER("%1$s.deleted_at is null and %1$s.state = 'PUBLISHED'"),
    EDITOR("%1$s.deleted_at is null");

    private final String condition;

    Audience(String condition) {
        this.condition = condition;
    }

    /** The SQL condition that keeps the deals of this audience, for the deal table under the given alias. */
    public String deals(String alias) {
        return condition.formatted(alias);
    }

    public boolean isMember() {
        return this != PUBLIC;
    }
}
