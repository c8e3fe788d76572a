package com.dealtrace.security;

import org.springframework.security.core.context.SecurityContextHolder;

/** The name of the signed-in user, for the record of who changed what. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static String name() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
