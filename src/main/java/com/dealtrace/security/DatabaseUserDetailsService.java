package com.dealtrace.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs users in from the {@code app_user} table; a disabled user cannot sign in. A user who must replace a one-time
 * password gets {@link PasswordChangeRequired#AUTHORITY} besides their role.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    DatabaseUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var user = users.findByUsername(username == null ? "" : username.trim().toLowerCase())
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .authorities(user.isMustChangePassword()
                        ? new String[] {user.getRole().authority(), PasswordChangeRequired.AUTHORITY}
                        : new String[] {user.getRole().authority()})
                .disabled(!user.isEnabled())
                .build();
    }
}
