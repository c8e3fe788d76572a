package com.dealtrace.demo;

import javax.sql.DataSource;

import com.dealtrace.security.Role;
import com.dealtrace.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sets up the demo once per database: the Microsoft–Mistral deal, and one user per role when there are no users.
 * The first instance to start takes a transaction-scoped advisory lock and does both; any other instance waits for
 * the lock and then finds them done. A demo password not configured in {@code dealtrace.demo.passwords.<role>} is
 * generated and written to the log this once. Nothing happens unless {@code dealtrace.demo.enabled} is true.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    static final String DATA_SET = "demo:microsoft-mistral";
    private static final long LOCK_KEY = 0x6465616c7472L;
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoDataProperties properties;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ObjectProvider<UserAccounts> accounts;

    DemoDataLoader(DemoDataProperties properties, DataSource dataSource, JdbcClient jdbc,
            TransactionTemplate transaction, ObjectProvider<UserAccounts> accounts) {
        this.properties = properties;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
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
        Boolean loaded = transaction.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOCK_KEY).query().singleValue();
            boolean loadData = !jdbc.sql("select exists (select 1 from data_load where name = :name)")
                    .param("name", DATA_SET)
                    .query(Boolean.class)
                    .single();
            if (loadData) {
                ScriptUtils.executeSqlScript(DataSourceUtils.getConnection(dataSource),
                        new ClassPathResource("demo/microsoft-mistral.sql"));
                jdbc.sql("insert into data_load (name) values (:name)").param("name", DATA_SET).update();
                log.info("Loaded the demo data ({})", DATA_SET);
            }
            accounts.ifAvailable(this::createUsersIfNone);
            return loadData;
        });
        return Boolean.TRUE.equals(loaded);
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
