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
 * account. Counted per instance, in memory.
 */
@Component
class LoginThrottle {

    static final int FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private record Attempts(int failures, Instant lockedUntil) {
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
        attempts.compute(key(event.getAuthentication().getName()), (key, current) -> {
            int failures = (current == null || expired(current) ? 0 : current.failures()) + 1;
            return new Attempts(failures, failures >= FAILURES ? clock.instant().plus(LOCK) : null);
        });
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        attempts.remove(key(event.getAuthentication().getName()));
    }

    private boolean expired(Attempts current) {
        return current.lockedUntil() != null && !current.lockedUntil().isAfter(clock.instant());
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
