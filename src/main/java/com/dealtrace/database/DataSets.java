package com.dealtrace.database;

import javax.sql.DataSource;

import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads SQL data sets (the demo, the benchmark data) once per database. The first instance to start takes a
 * transaction-scoped advisory lock, loads the set and records it in {@code data_load}; any other instance waits for
 * the lock and then finds the record.
 */
@Component
public class DataSets {

    private static final long LOCK_KEY = 0x6465616c7472L;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    public DataSets(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transaction) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * Runs the script unless the set is loaded already, then {@code andThen} under the same lock; returns whether
     * it loaded the set now.
     */
    public boolean loadOnce(String name, Resource script, Runnable andThen) {
        Boolean loaded = transaction.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOCK_KEY).query().singleValue();
            boolean load = !jdbc.sql("select exists (select 1 from data_load where name = :name)")
                    .param("name", name)
                    .query(Boolean.class)
                    .single();
            if (load) {
                ScriptUtils.executeSqlScript(DataSourceUtils.getConnection(dataSource), script);
                jdbc.sql("insert into data_load (name) values (:name)").param("name", name).update();
            }
            andThen.run();
            return load;
        });
        return Boolean.TRUE.equals(loaded);
    }
}
