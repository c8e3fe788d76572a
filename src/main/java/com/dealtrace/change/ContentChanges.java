package com.dealtrace.change;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import com.dealtrace.database.Outage;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens for committed edits of every instance ({@code LISTEN dealtrace_content}, sent by a trigger on the change
 * log) on a connection of its own, outside the pool, and reads the {@link ContentVersion} again at once. While that
 * connection is down, the content version falls back to polling, and this reconnects with a growing pause.
 */
@Component
class ContentChanges implements SmartLifecycle {

    static final String CHANNEL = "dealtrace_content";
    private static final Logger log = LoggerFactory.getLogger(ContentChanges.class);
    private static final int WAIT_MILLIS = 500;

    private final JdbcConnectionDetails database;
    private final ContentVersion version;
    private final Outage outage;
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    ContentChanges(JdbcConnectionDetails database, ContentVersion version, Outage outage) {
        this.database = database;
        this.version = version;
        this.outage = outage;
        version.listenedBy(this);
    }

    /** Whether edits of other instances arrive as they commit; if not, the content version polls. */
    boolean listening() {
        return listening;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::listen, "content-changes");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(2_000);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        Duration pause = Duration.ofMillis(500);
        while (running) {
            try (Connection connection = DriverManager.getConnection(database.getJdbcUrl(), database.getUsername(),
                    database.getPassword())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                listening = true;
                // edits committed while this was not listening
                version.refresh();
                outage.reachable();
                pause = Duration.ofMillis(500);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        version.refresh();
                    }
                }
            }
            catch (SQLException | RuntimeException ex) {
                listening = false;
                if (!running) {
                    return;
                }
                if (!outage.failed("Listening for edits", ex)) {
                    log.warn("Listening for edits failed, polling until it is back: {}", ex.getMessage());
                }
                try {
                    Thread.sleep(pause.toMillis());
                }
                catch (InterruptedException interrupted) {
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10) : pause.multipliedBy(2);
            }
        }
        listening = false;
    }
}
