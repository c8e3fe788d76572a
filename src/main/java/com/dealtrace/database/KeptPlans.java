package com.dealtrace.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Statements PostgreSQL plans once per connection and keeps. The connections prepare no statement by name
 * ({@code prepareThreshold: 0} in application.yml), so that a search is planned for the words it is given. The
 * statements of a deal's timeline and sources pages are different: they read one deal's rows by its key, their plan
 * is the same whatever the deal, and planning them took longer than running them (3 ms of planning for the heavy
 * timeline's 3 ms of execution). Run inside a transaction through {@link #run}, they are prepared by name: planned
 * with their values for their first five runs on a connection, then with the generic plan PostgreSQL keeps.
 */
@Component
public class KeptPlans {

    private final DataSource dataSource;

    public KeptPlans(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code statements} on the transaction's connection with every statement prepared by name. */
    public <T> T run(Supplier<T> statements) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Kept plans need the transaction's connection");
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            PGConnection postgres = connection.unwrap(PGConnection.class);
            int before = postgres.getPrepareThreshold();
            postgres.setPrepareThreshold(1);
            try {
                return statements.get();
            }
            finally {
                postgres.setPrepareThreshold(before);
            }
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Not a PostgreSQL connection", ex);
        }
        finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
