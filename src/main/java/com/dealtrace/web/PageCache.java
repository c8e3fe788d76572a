package com.dealtrace.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.dealtrace.history.ContentVersion;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the pages anonymous readers get, rendered, until the next edit: the key holds the {@link ContentVersion},
 * which every edit changes, so no reader ever sees a page older than the last committed edit (other instances'
 * edits within two seconds). Pages for signed-in users, pages that start a session (a form with a CSRF token) and
 * anything but a 200 HTML page are never cached. Each cached page carries an ETag; a browser that revalidates gets
 * a 304. A request with {@code Cache-Control: no-cache} is rendered afresh. The key holds the reader's language.
 */
@Component
@ConditionalOnBooleanProperty(name = "dealtrace.page-cache.enabled", matchIfMissing = true)
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
class PageCache extends OncePerRequestFilter {

    private record Page(byte[] body, String contentType, String etag) {
    }

    private final ContentVersion version;
    private final LocaleResolver locales;
    private final long maxBytes;
    private final Map<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    PageCache(ContentVersion version, LocaleResolver locales, PageCacheProperties properties) {
        this.version = version;
        this.locales = locales;
        this.maxBytes = properties.maxBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || signedIn() || request.getSession(false) != null
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || "no-cache".equalsIgnoreCase(request.getHeader(HttpHeaders.CACHE_CONTROL))
                // switching the language sets a cookie, which a cached page would not
                || request.getParameter(Languages.PARAMETER) != null
                || request.getRequestURI().startsWith("/login") || request.getRequestURI().startsWith("/bench/")
                || request.getRequestURI().startsWith("/css/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        Page page = get(key);
        if (page != null) {
            response.setHeader(HttpHeaders.ETAG, page.etag());
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            response.setHeader("X-Page-Cache", "hit");
            if (page.etag().equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            response.setContentType(page.contentType());
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            return;
        }
        var wrapper = new ContentCachingResponseWrapper(response);
        String etag = "W/\"" + Integer.toHexString(key.hashCode()) + "\"";
        wrapper.setHeader(HttpHeaders.ETAG, etag);
        wrapper.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        wrapper.setHeader("X-Page-Cache", "miss");
        chain.doFilter(request, wrapper);
        String contentType = wrapper.getContentType();
        if (wrapper.getStatus() == HttpServletResponse.SC_OK && contentType != null && contentType.startsWith("text/html")
                && request.getSession(false) == null) {
            put(key, new Page(wrapper.getContentAsByteArray(), contentType, etag));
        }
        else {
            wrapper.setHeader(HttpHeaders.ETAG, null);
            wrapper.setHeader(HttpHeaders.CACHE_CONTROL, null);
        }
        wrapper.copyBodyToResponse();
    }

    private static boolean signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** The page's language is the resolved locale (cookie, else Accept-Language), so it is part of the key. */
    private String key(HttpServletRequest request) {
        String query = request.getQueryString();
        return version.current() + " " + request.getRequestURI() + (query == null ? "" : "?" + query) + " "
                + locales.resolveLocale(request).toLanguageTag();
    }

    private synchronized Page get(String key) {
        return pages.get(key);
    }

    private synchronized void put(String key, Page page) {
        if (page.body().length > maxBytes / 8) {
            return;
        }
        Page old = pages.put(key, page);
        bytes += page.body().length - (old == null ? 0 : old.body().length);
        var eldest = pages.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }
}
