package com.dealtrace.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with the "unavailable" error page when PostgreSQL cannot be reached, instead of a 500 and a stack
 * trace in the log. It runs first, before the session and security filters, because those read the database too
 * (sessions, API tokens) and fail outside any controller. Hikari's connection timeout bounds how long a request
 * waits; once PostgreSQL is back, Hikari replaces the dead connections and the same requests succeed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // right after RequestIds, so that its warnings carry the request id
class DatabaseUnavailable extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);
    private static final String UNAVAILABLE = DatabaseUnavailable.class.getName() + ".UNAVAILABLE";

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // the error page would look the session up again and wait for the database once more: render it
            // without the request's cookies, as for an anonymous reader
            chain.doFilter(request.getAttribute(UNAVAILABLE) != null ? new WithoutCookies(request) : request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        }
        catch (ServletException | RuntimeException ex) {
            Throwable cause = unavailability(ex);
            if (cause == null || response.isCommitted()) {
                throw ex;
            }
            log.warn("{} {} answered 503, the database is unavailable: {}", request.getMethod(), request.getRequestURI(),
                    cause.getMessage());
            request.setAttribute(UNAVAILABLE, Boolean.TRUE);
            response.setHeader(HttpHeaders.RETRY_AFTER, "10");
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.reset();
                response.setHeader(HttpHeaders.RETRY_AFTER, "10");
                Problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "The database cannot be reached; try again shortly.");
                return;
            }
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    /** The exception in the chain saying the database cannot be reached, or null if the failure is something else. */
    static Throwable unavailability(Throwable failure) {
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

    private static final class WithoutCookies extends HttpServletRequestWrapper {

        WithoutCookies(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Cookie[] getCookies() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.COOKIE.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.COOKIE.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }
    }
}
