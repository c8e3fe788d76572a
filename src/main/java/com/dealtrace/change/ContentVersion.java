package com.dealtrace.change;

import java.util.concurrent.atomic.AtomicLong;

import com.dealtrace.database.Outage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A number that changes whenever anything readers see changes: the newest entry of the change log, which every edit
 * writes. It is read again after each local edit commits, and as soon as another instance commits one
 * ({@link ContentChanges}, PostgreSQL's LISTEN/NOTIFY), so that caches keyed by it are invalidated on every edit.
 * Only while that listening connection is down does it poll every two seconds instead.
 */
@Component
public class ContentVersion {

    private final JdbcClient jdbc;
    private final Outage outage;
    private final AtomicLong version = new AtomicLong(-1);
    private volatile ContentChanges changes;

    ContentVersion(JdbcClient jdbc, Outage outage) {
        this.jdbc = jdbc;
        this.outage = outage;
    }

    /** The current version, read from memory: no SQL. */
    public long current() {
        long current = version.get();
        return current >= 0 ? current : refresh();
    }

    void listenedBy(ContentChanges changes) {
        this.changes = changes;
    }

    /**
     * Picks up other instances' edits while they cannot be listened for; while the database is down it keeps the
     * last version and logs nothing more.
     */
    @Scheduled(fixedDelay = 2_000)
    void poll() {
        if (changes != null && changes.listening()) {
            return;
        }
        try {
            refresh();
            outage.reachable();
        }
        catch (RuntimeException ex) {
            if (!outage.failed("Reading the content version", ex)) {
                throw ex;
            }
        }
    }

    public long refresh() {
        long latest = jdbc.sql("select coalesce(max(id), 0) from change_log").query(Long.class).single();
        version.set(latest);
        return latest;
    }

    /** Reads the version again once the current transaction has committed its edit. */
    public void refreshAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    refresh();
                }
            });
        }
    }
}
