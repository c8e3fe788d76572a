package com.dealtrace.security;

import java.util.Collection;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is reading a page: the signed-in user's name and what their role lets them do, or an anonymous reader.
 * Controllers receive it as an argument; templates read it as {@code viewer} to show only the buttons a user may use.
 */
public record Viewer(String username, boolean analyst, boolean editor, boolean admin) {

    public static final Viewer ANONYMOUS = new Viewer(null, false, false, false);

    public static Viewer of(Authentication authentication, RoleHierarchy roles) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        Collection<? extends GrantedAuthority> reachable = roles.getReachableGrantedAuthorities(authentication.getAuthorities());
        return new Viewer(authentication.getName(), has(reachable, Role.ANALYST), has(reachable, Role.EDITOR),
                has(reachable, Role.ADMIN));
    }

    public boolean isSignedIn() {
        return username != null;
    }

    public Audience audience() {
        return editor ? Audience.EDITOR : analyst ? Audience.MEMBER : Audience.PUBLIC;
    }

    private static boolean has(Collection<? extends GrantedAuthority> authorities, Role role) {
        return authorities.stream().anyMatch(a -> role.authority().equals(a.getAuthority()));
    }
}
