package com.dealtrace.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

import com.dealtrace.database.Outage;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Answers 503 with the "unavailable" error page when PostgreSQL cannot be reached, instead of a 500 and a stack
 * trace in the log; any other failure that nothing handled gets the 500 page, and the log gets its stack trace only
 * the first time in a while ({@link FailureLog}). It runs first (after the proxy's headers are read), before the session and security filters, because those read the database too
 * (sessions, API tokens) and fail outside any controller. Hikari's connection timeout bounds how long a request
 * waits; once PostgreSQL is back, Hikari replaces the dead connections and the same requests succeed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3) // after the proxy headers and the request id, so that its warnings carry it
class DatabaseUnavailable extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);
    private static final String UNAVAILABLE = DatabaseUnavailable.class.getName() + ".UNAVAILABLE";

    private final FailureLog failures = new FailureLog(DatabaseUnavailable.class);

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
        catch (ServletException | IOException | RuntimeException ex) {
            if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
                // the reader hung up (a closed tab, a stopped client): nobody to answer, nothing of ours failed
                log.debug("{} {}: the client hung up", request.getMethod(), request.getRequestURI());
                return;
            }
            Throwable cause = Outage.cause(ex);
            if (cause == null) {
                // a failure nothing else handled: logged without letting a client flood the log, answered with the
                // error page (or a problem document on the API), never a stack trace
                failures.failed(request.getMethod() + " " + request.getRequestURI(), ex);
                if (!response.isCommitted()) {
                    answer(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side.");
                }
                return;
            }
            if (response.isCommitted()) {
                log.warn("{} {} broke off, the database became unavailable: {}", request.getMethod(),
                        request.getRequestURI(), FailureLog.oneLine(cause));
                return;
            }
            log.warn("{} {} answered 503, the database is unavailable: {}", request.getMethod(), request.getRequestURI(),
                    cause.getMessage());
            request.setAttribute(UNAVAILABLE, Boolean.TRUE);
            response.setHeader(HttpHeaders.RETRY_AFTER, "10");
            answer(request, response, HttpStatus.SERVICE_UNAVAILABLE, "The database cannot be reached; try again shortly.");
        }
    }

    /** A problem document on the API, the error page everywhere else. */
    private static void answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.reset();
            if (status == HttpStatus.SERVICE_UNAVAILABLE) {
                response.setHeader(HttpHeaders.RETRY_AFTER, "10");
            }
            Problems.write(response, status, detail);
            return;
        }
        response.sendError(status.value());
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
