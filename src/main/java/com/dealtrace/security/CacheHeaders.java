package com.dealtrace.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;

/**
 * Cache headers of the web pages, in place of Spring Security's single default. A response that already says how it
 * may be cached keeps its own (the page cache marks the anonymous pages it keeps {@code public} with an
 * {@code s-maxage} for a CDN). A signed-in reader's response is {@code private, no-store}: it holds their name and
 * the CSRF token of their session, and members-only content, which no shared cache may keep, nor the browser's disk
 * after they sign out on a shared computer; revalidating ({@code private, no-cache}) would gain nothing, since a
 * signed-in page has no ETag that could spare its body. Anything else keeps Spring Security's
 * {@code no-cache, no-store, max-age=0, must-revalidate}.
 */
final class CacheHeaders implements HeaderWriter {

    static final String SIGNED_IN = "private, no-store";

    private final HeaderWriter defaults = new CacheControlHeadersWriter();

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (response.containsHeader(HttpHeaders.CACHE_CONTROL) || response.containsHeader(HttpHeaders.EXPIRES)
                || response.getStatus() == HttpServletResponse.SC_NOT_MODIFIED) {
            return;
        }
        var reader = SecurityContextHolder.getContext().getAuthentication();
        if (reader != null && reader.isAuthenticated() && !(reader instanceof AnonymousAuthenticationToken)) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, SIGNED_IN);
            response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
        }
        else {
            defaults.writeHeaders(request, response);
        }
    }
}
