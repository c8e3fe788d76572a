package com.dealtrace.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs unexpected failures so that no client can make the log grow faster than a line a request: the first failure
 * of a kind (its exception class and the line that threw it) is logged with its stack trace, repeats of it within
 * the quiet period as one line with a count. Kinds are bounded, so varied failures cannot grow the memory either.
 */
public final class FailureLog {

    static final Duration QUIET = Duration.ofMinutes(10);
    private static final int KINDS = 1_000;

    private record Seen(Instant first, long repeats) {
    }

    private final Logger log;
    private final Clock clock;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    public FailureLog(Class<?> owner) {
        this(LoggerFactory.getLogger(owner), Clock.systemUTC());
    }

    FailureLog(Logger log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** Logs the failure of {@code what} (e.g. "GET /deals"): with its stack trace the first time in a while. */
    public void failed(String what, Throwable failure) {
        Instant now = clock.instant();
        String kind = kind(failure);
        if (seen.size() > KINDS) {
            seen.clear();
        }
        Seen current = seen.compute(kind, (key, old) -> old == null || old.first().plus(QUIET).isBefore(now)
                ? new Seen(now, 0) : new Seen(old.first(), old.repeats() + 1));
        if (current.repeats() == 0) {
            log.error("{} failed: {}", what, oneLine(failure), failure);
        }
        else {
            log.error("{} failed: {} (seen {} times since {}; stack trace logged then)", what, oneLine(failure),
                    current.repeats() + 1, current.first());
        }
    }

    /** The failure's class and message on one line, control characters (a client's input may be in it) removed. */
    public static String oneLine(Throwable failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        message = message.replaceAll("\\p{Cntrl}", " ");
        if (message.length() > 300) {
            message = message.substring(0, 300) + "…";
        }
        return failure.getClass().getName() + (message.isEmpty() ? "" : ": " + message);
    }

    private static String kind(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        StackTraceElement[] trace = root.getStackTrace();
        return root.getClass().getName() + (trace.length == 0 ? "" : " at " + trace[0]);
    }
}
