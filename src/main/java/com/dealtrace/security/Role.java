package com.dealtrace.security;

/** What a user may do; each role includes the ones before it (an admin is also an editor and an analyst). */
public enum Role {
    ANALYST, EDITOR, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
