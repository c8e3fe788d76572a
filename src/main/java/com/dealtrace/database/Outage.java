package com.dealtrace.database;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Whether PostgreSQL can be reached, as background jobs find it. While it is down they fail every cycle; the log gets
 * one line when the outage starts and one when it ends, not a stack trace a cycle.
 */
@Component
public class Outage {

    private static final Logger log = LoggerFactory.getLogger(Outage.class);

    private final AtomicBoolean down = new AtomicBoolean();

    /**
     * Notes a background job's failure: true if it is the database being unreachable (logged once per outage),
     * false for any other failure, which the caller reports itself.
     */
    public boolean failed(String job, Throwable failure) {
        Throwable cause = cause(failure);
        if (cause == null) {
            return false;
        }
        if (down.compareAndSet(false, true)) {
            log.warn("The database cannot be reached ({} failed: {}); background jobs keep trying quietly",
                    job, cause.getMessage());
        }
        return true;
    }

    /** Notes that a background job reached the database. */
    public void reachable() {
        if (down.compareAndSet(true, false)) {
            log.info("The database can be reached again");
        }
    }

    public boolean isDown() {
        return down.get();
    }

    /** The exception in the chain saying the database cannot be reached, or null if the failure is something else. */
    public static Throwable cause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof SQLTransientConnectionException) {
                return t;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // 08: connection exceptions; 57P01-57P03: the server is shutting down, crashed or is starting up
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return t;
                }
                // Hikari's answer, without a state, on a connection it has just evicted as broken: the rollback
                // after a statement the server cut off fails this way and hides the first exception
                if (state == null && "Connection is closed".equals(sql.getMessage())) {
                    return t;
                }
            }
        }
        return null;
    }
}
