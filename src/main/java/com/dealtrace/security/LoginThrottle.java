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
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing: after five failed sign-ins for one user name, further attempts for that name are
 * refused for fifteen minutes, whether or not the account exists, so the refusal tells nothing about who has an
 * account. Counted per instance, in memory; failures older than the lock period are forgotten, and names nobody
 * has tried for that long are dropped, so guessing across many names cannot grow the map without end.
 */
@Component
class LoginThrottle {

    static final int FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    /** How many names are kept before the forgotten ones are swept out. */
    static final int SWEEP_ABOVE = 1_000;

    private record Attempts(int failures, Instant lastFailure, Instant lockedUntil) {
    }

    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean isLocked(String username) {
        var current = attempts.get(key(username));
        return current != null && current.lockedUntil() != null && current.lockedUntil().isAfter(clock.instant());
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        attempts.compute(key(event.getAuthentication().getName()), (key, current) -> {
            int failures = (current == null || forgotten(current, now) ? 0 : current.failures()) + 1;
            return new Attempts(failures, now, failures >= FAILURES ? now.plus(LOCK) : null);
        });
        if (attempts.size() > SWEEP_ABOVE) {
            attempts.values().removeIf(current -> forgotten(current, now));
        }
    }

    int remembered() {
        return attempts.size();
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        attempts.remove(key(event.getAuthentication().getName()));
    }

    /** A lock that has run out, or failures without a lock that are older than the lock period. */
    private static boolean forgotten(Attempts current, Instant now) {
        Instant until = current.lockedUntil() != null ? current.lockedUntil() : current.lastFailure().plus(LOCK);
        return !until.isAfter(now);
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    /** Refuses a sign-in for a locked user name before any password is checked. */
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
            if (throttle.isLocked(request.getParameter("username"))) {
                response.sendRedirect(request.getContextPath() + "/login?locked");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
