package com.dealtrace.demo;

import com.dealtrace.database.DataSets;
import com.dealtrace.security.Role;
import com.dealtrace.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Sets up the demo once per database: the Microsoft–Mistral deal, and one user per role when there are no users.
 * Two instances starting together do it once (see {@link DataSets}). A demo password not configured in
 * {@code dealtrace.demo.passwords.<role>} is generated and written to the log this once. Nothing happens unless
 * {@code dealtrace.demo.enabled} is true.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    static final String DATA_SET = "demo:microsoft-mistral";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoDataProperties properties;
    private final DataSets dataSets;
    private final ObjectProvider<UserAccounts> accounts;

    DemoDataLoader(DemoDataProperties properties, DataSets dataSets, ObjectProvider<UserAccounts> accounts) {
        this.properties = properties;
        this.dataSets = dataSets;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.enabled()) {
            load();
        }
    }

    /** Loads what this database does not have yet; returns whether it loaded the demo deal now. */
    boolean load() {
        boolean loaded = dataSets.loadOnce(DATA_SET, new ClassPathResource("demo/microsoft-mistral.sql"),
                () -> accounts.ifAvailable(this::createUsersIfNone));
        if (loaded) {
            log.info("Loaded the demo data ({})", DATA_SET);
        }
        return loaded;
    }

    private void createUsersIfNone(UserAccounts users) {
        if (users.hasUsers()) {
            return;
        }
        for (Role role : Role.values()) {
            String username = role.name().toLowerCase();
            String given = properties.passwords().get(username);
            boolean generated = given == null || given.isBlank();
            String password = generated ? UserAccounts.randomPassword() : given;
            users.create(username, "Demo " + username, role, password);
            if (generated) {
                log.warn("Demo user '{}' ({}) created with password: {}", username, role, password);
            }
            else {
                log.info("Demo user '{}' ({}) created with the configured password", username, role);
            }
        }
    }
}
