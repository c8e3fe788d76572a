package com.dealtrace.demo;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data once per database: the first instance to start takes a transaction-scoped advisory lock,
 * loads the data and records it in {@code data_load}; any other instance waits for the lock and then finds the
 * record. Nothing is loaded when {@code dealtrace.demo.enabled} is false.
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

    DemoDataLoader(DemoDataProperties properties, DataSource dataSource, JdbcClient jdbc,
            TransactionTemplate transaction) {
        this.properties = properties;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.enabled()) {
            load();
        }
    }

    /** Loads the demo data unless this database has it already; returns whether it loaded it now. */
    boolean load() {
        Boolean loaded = transaction.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOCK_KEY).query().singleValue();
            boolean present = jdbc.sql("select exists (select 1 from data_load where name = :name)")
                    .param("name", DATA_SET)
                    .query(Boolean.class)
                    .single();
            if (present) {
                return false;
            }
            ScriptUtils.executeSqlScript(DataSourceUtils.getConnection(dataSource),
                    new ClassPathResource("demo/microsoft-mistral.sql"));
            jdbc.sql("insert into data_load (name) values (:name)").param("name", DATA_SET).update();
            return true;
        });
        if (Boolean.TRUE.equals(loaded)) {
            log.info("Loaded the demo data ({})", DATA_SET);
        }
        return Boolean.TRUE.equals(loaded);
    }
}
