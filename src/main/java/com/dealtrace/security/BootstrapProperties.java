package com.dealtrace.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the first admin comes to be on a database without one (docs/operations.md): from
 * {@code DEALTRACE_BOOTSTRAP_ADMIN_USERNAME} and {@code DEALTRACE_BOOTSTRAP_ADMIN_PASSWORD}, a password that must be
 * changed at the first sign-in, or else through the setup page and a one-time token written to the log.
 * {@code enabled=false} skips both (the server-side commands run without them).
 */
@ConfigurationProperties("dealtrace.bootstrap")
public record BootstrapProperties(@DefaultValue("true") boolean enabled, @DefaultValue Admin admin) {

    public record Admin(String username, String password) {

        boolean given() {
            return has(username) || has(password);
        }

        private static boolean has(String value) {
            return value != null && !value.isBlank();
        }
    }
}
