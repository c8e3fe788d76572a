package com.dealtrace.security;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the application has started (after the demo profile has made its users), makes sure there is a way in: with
 * no admin in the database, the bootstrap variables make one, or else a setup token is written to the log for the
 * setup page. With an admin, the variables are ignored, which is logged once. Never logs a password.
 */
@Component
class FirstAdminStartup {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminStartup.class);
    private static final Pattern USERNAME = Pattern.compile(FirstAdmin.USERNAME_PATTERN);

    private final BootstrapProperties properties;
    private final FirstAdmin firstAdmin;
    private final SetupToken token;

    FirstAdminStartup(BootstrapProperties properties, FirstAdmin firstAdmin, SetupToken token) {
        this.properties = properties;
        this.firstAdmin = firstAdmin;
        this.token = token;
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        if (!properties.enabled()) {
            return;
        }
        var admin = properties.admin();
        if (firstAdmin.adminExists()) {
            if (admin.given()) {
                log.info("An admin exists, so DEALTRACE_BOOTSTRAP_ADMIN_USERNAME and _PASSWORD are ignored; "
                        + "they can be removed");
            }
            return;
        }
        if (admin.given()) {
            bootstrap(admin);
            return;
        }
        log.warn("No admin exists yet. Open /setup on this instance and enter this one-time setup token to create "
                + "the first admin: {}", token.issue());
    }

    private void bootstrap(BootstrapProperties.Admin admin) {
        String username = admin.username() == null ? "" : admin.username().trim().toLowerCase();
        String password = admin.password() == null ? "" : admin.password();
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalStateException("DEALTRACE_BOOTSTRAP_ADMIN_USERNAME must be 3 to 40 lower-case letters, "
                    + "digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (password.length() < FirstAdmin.MIN_PASSWORD
                || password.getBytes(StandardCharsets.UTF_8).length > FirstAdmin.MAX_PASSWORD_BYTES) {
            throw new IllegalStateException("DEALTRACE_BOOTSTRAP_ADMIN_PASSWORD must have 12 characters or more and "
                    + "72 bytes or fewer");
        }
        if (firstAdmin.createIfNoAdmin(username, username, password, true)) {
            log.warn("Created the first admin '{}' from DEALTRACE_BOOTSTRAP_ADMIN_USERNAME and _PASSWORD; the password "
                    + "must be changed at the first sign-in", username);
        }
        else {
            log.info("Another instance created the first admin at the same time; the bootstrap variables are ignored");
        }
    }
}
