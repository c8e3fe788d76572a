package com.dealtrace.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, kept in the log context as {@code request_id} while it is served (plain logs show it in
 * brackets, the structured JSON formats as a field) and echoed in the {@code X-Request-Id} response header. An id
 * sent by a proxy in front is kept when it is short and plain (letters, digits, {@code . _ -}, at most 64), so that
 * the proxy's log and Dealtrace's agree; anything else is replaced, so that no client can write into the log.
 * Runs first of all filters, so that everything logged for the request carries the id.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // right after the proxy headers are read (Deployment)
public class RequestIds extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "request_id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = idOf(request.getHeader(HEADER));
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        }
        finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** The incoming id if it is safe to log, otherwise a new one. */
    static String idOf(String incoming) {
        return incoming != null && SAFE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }
}
