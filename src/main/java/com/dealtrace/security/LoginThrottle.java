package com.dealtrace.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing. After five failed sign-ins for one user name, further attempts for that name are
 * refused for fifteen minutes, whether or not the account exists, so the refusal tells nothing about who has an
 * account; and after twenty failed sign-ins from one client address, whatever the names, that client is refused
 * for as long, so guessing across many names is slowed too. The refusal reads the same either way. The client
 * address is the connection's, or the one a trusted proxy forwards when {@code dealtrace.behind-proxy} is on.
 * Counted per instance, in memory; failures older than the lock period are forgotten, and keys nobody has tried for
 * that long are dropped, so guessing across many names or addresses cannot grow the maps without end.
 */
@Component
class LoginThrottle {

    static final int FAILURES = 5;
    static final int CLIENT_FAILURES = 20;
    static final Duration LOCK = Duration.ofMinutes(15);

    /** How many names (or addresses) are kept before the forgotten ones are swept out. */
    static final int SWEEP_ABOVE = 1_000;

    private final Counter names;
    private final Counter clients;

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.names = new Counter(FAILURES, clock);
        this.clients = new Counter(CLIENT_FAILURES, clock);
    }

    boolean isLocked(String username) {
        return names.isLocked(name(username));
    }

    boolean isLocked(String username, String client) {
        return isLocked(username) || (client != null && clients.isLocked(client));
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        names.failed(name(event.getAuthentication().getName()));
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            clients.failed(details.getRemoteAddress());
        }
    }

    int remembered() {
        return names.attempts.size();
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        names.attempts.remove(name(event.getAuthentication().getName()));
    }

    private static String name(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    /** Failures per key, locking a key for the lock period once it reaches the limit. */
    private static final class Counter {

        private record Attempts(int failures, Instant lastFailure, Instant lockedUntil) {
        }

        private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();
        private final int limit;
        private final Clock clock;

        Counter(int limit, Clock clock) {
            this.limit = limit;
            this.clock = clock;
        }

        boolean isLocked(String key) {
            var current = attempts.get(key);
            return current != null && current.lockedUntil() != null && current.lockedUntil().isAfter(clock.instant());
        }

        void failed(String key) {
            Instant now = clock.instant();
            attempts.compute(key, (k, current) -> {
                int failures = (current == null || forgotten(current, now) ? 0 : current.failures()) + 1;
                return new Attempts(failures, now, failures >= limit ? now.plus(LOCK) : null);
            });
            if (attempts.size() > SWEEP_ABOVE) {
                attempts.values().removeIf(current -> forgotten(current, now));
            }
        }

        /** A lock that has run out, or failures without a lock that are older than the lock period. */
        private static boolean forgotten(Attempts current, Instant now) {
            Instant until = current.lockedUntil() != null ? current.lockedUntil() : current.lastFailure().plus(LOCK);
            return !until.isAfter(now);
        }
    }

    /** Refuses a sign-in for a locked user name or client before any password is checked. */
    static class Filter extends OncePerRequestFilter {

        private final LoginThrottle throttle;

        Filter(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return !("POST".equals(request.getMethod()) && "/login".equals(path));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (throttle.isLocked(request.getParameter("username"), request.getRemoteAddr())) {
                response.sendRedirect(request.getContextPath() + "/login?locked");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
