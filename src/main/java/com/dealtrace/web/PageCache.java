package com.dealtrace.web;

import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.dealtrace.history.ContentVersion;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the pages anonymous readers get, rendered, until the next edit: the key holds the {@link ContentVersion},
 * which every edit changes, so no reader ever sees a page older than the last committed edit (other instances'
 * edits within two seconds). A cached page is fresh by construction, so a client's {@code Cache-Control: no-cache}
 * gets it too (with an ETag, and a 304 on revalidation) rather than forcing a render.
 * <p>
 * The key is canonical: the path, the reader's language, and only the query parameters that some page reads (the
 * request parameters and form fields of the GET handlers), sorted, so {@code ?utm_source=…} or a random parameter
 * makes no new entry. Entries are kept segmented (SLRU): a new page enters on probation and is kept among the
 * protected pages only once it is read again, so a flood of one-off pages cycles through probation and cannot evict
 * the site's hot pages. Pages for signed-in users, pages that start a session (a form with a CSRF token) and anything
 * but a 200 HTML page are never cached.
 */
@Component
@ConditionalOnBooleanProperty(name = "dealtrace.page-cache.enabled", matchIfMissing = true)
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
class PageCache extends OncePerRequestFilter {

    /** The share of the cache's bytes kept for pages read more than once. */
    static final double PROTECTED_SHARE = 0.8;

    private record Page(byte[] body, String contentType, String etag) {
    }

    private final ContentVersion version;
    private final LocaleResolver locales;
    private final ObjectProvider<RequestMappingHandlerMapping> handlers;
    private final long maxBytes;
    private final String bypassHeader;
    private final Counter hits;
    private final Counter misses;
    private final Counter bypasses;

    private final Map<String, Page> probation = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<String, Page> kept = new LinkedHashMap<>(256, 0.75f, true);
    private long probationBytes;
    private long keptBytes;
    private long cachedVersion = Long.MIN_VALUE;
    private volatile Set<String> readParameters;

    PageCache(ContentVersion version, LocaleResolver locales, PageCacheProperties properties,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlers,
            ObjectProvider<MeterRegistry> meters) {
        this.version = version;
        this.locales = locales;
        this.handlers = handlers;
        this.maxBytes = properties.maxBytes();
        this.bypassHeader = properties.bypassHeader();
        MeterRegistry registry = meters.getIfAvailable();
        this.hits = counter(registry, "hit");
        this.misses = counter(registry, "miss");
        this.bypasses = counter(registry, "bypass");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        boolean bypass = !"GET".equals(request.getMethod()) || signedIn() || request.getSession(false) != null
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || (bypassHeader != null && request.getHeader(bypassHeader) != null)
                // switching the language sets a cookie, which a cached page would not
                || request.getParameter(Languages.PARAMETER) != null
                || request.getRequestURI().startsWith("/login") || request.getRequestURI().startsWith("/bench/")
                || request.getRequestURI().startsWith("/css/") || request.getRequestURI().startsWith("/js/");
        if (bypass && bypasses != null) {
            bypasses.increment();
        }
        return bypass;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long current = version.current();
        String key = key(request, current);
        Page page = get(key, current);
        if (page != null) {
            count(hits);
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
        count(misses);
        var wrapper = new ContentCachingResponseWrapper(response);
        String etag = "W/\"" + Integer.toHexString(key.hashCode()) + "\"";
        wrapper.setHeader(HttpHeaders.ETAG, etag);
        wrapper.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        wrapper.setHeader("X-Page-Cache", "miss");
        chain.doFilter(request, wrapper);
        String contentType = wrapper.getContentType();
        if (wrapper.getStatus() == HttpServletResponse.SC_OK && contentType != null && contentType.startsWith("text/html")
                && request.getSession(false) == null) {
            put(key, current, new Page(wrapper.getContentAsByteArray(), contentType, etag));
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

    /**
     * The content version, the path, the language (the resolved locale: cookie, else Accept-Language) and the
     * parameters a page reads, sorted by name, each with its values in the order sent.
     */
    String key(HttpServletRequest request, long current) {
        var key = new StringBuilder().append(current).append(' ').append(request.getRequestURI()).append(' ')
                .append(locales.resolveLocale(request).toLanguageTag());
        Set<String> read = readParameters();
        var parameters = new TreeMap<String, String[]>();
        request.getParameterMap().forEach((name, values) -> {
            if (read.contains(name)) {
                parameters.put(name, values);
            }
        });
        char separator = '?';
        for (var parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                key.append(separator).append(encode(parameter.getKey())).append('=').append(encode(value));
                separator = '&';
            }
        }
        return key.toString();
    }

    /** Every request parameter and form field name that a GET handler binds, worked out once from the handlers. */
    Set<String> readParameters() {
        Set<String> read = readParameters;
        if (read == null) {
            read = new HashSet<>();
            for (var handler : handlers.getObject().getHandlerMethods().entrySet()) {
                Set<RequestMethod> methods = handler.getKey().getMethodsCondition().getMethods();
                if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                    continue;
                }
                for (MethodParameter parameter : handler.getValue().getMethodParameters()) {
                    read.addAll(names(parameter));
                }
            }
            readParameters = Set.copyOf(read);
        }
        return read;
    }

    private static Set<String> names(MethodParameter parameter) {
        parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        if (requestParam != null) {
            String name = requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name();
            return name == null ? Set.of() : Set.of(name);
        }
        if (Arrays.stream(parameter.getParameterAnnotations()).anyMatch(a -> a.annotationType().getPackageName()
                .equals(RequestParam.class.getPackageName()) && !a.annotationType().getSimpleName().equals("ModelAttribute"))) {
            return Set.of(); // a path variable, header, cookie, request body …
        }
        Class<?> type = parameter.getParameterType();
        if (BeanUtils.isSimpleProperty(type)) {
            String name = parameter.getParameterName();
            return name == null ? Set.of() : Set.of(name);
        }
        if (!type.getName().startsWith("com.dealtrace.")) {
            return Set.of(); // the request, the model, a binding result, a locale …
        }
        Set<String> names = new HashSet<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                names.add(component.getName());
            }
        }
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
            if (property.getWriteMethod() != null) {
                names.add(property.getName());
            }
        }
        return names;
    }

    private synchronized Page get(String key, long current) {
        forgetOlderThan(current);
        Page page = kept.get(key);
        if (page != null) {
            return page;
        }
        page = probation.remove(key);
        if (page != null) {
            // read a second time: it joins the protected pages
            probationBytes -= page.body().length;
            keep(key, page);
        }
        return page;
    }

    private synchronized void put(String key, long current, Page page) {
        forgetOlderThan(current);
        if (page.body().length > maxBytes / 8 || kept.containsKey(key)) {
            return;
        }
        Page old = probation.put(key, page);
        probationBytes += page.body().length - (old == null ? 0 : old.body().length);
        trimProbation(maxBytes - keptBytes);
    }

    private void keep(String key, Page page) {
        kept.put(key, page);
        keptBytes += page.body().length;
        // the protected pages read longest ago go back on probation
        Iterator<Map.Entry<String, Page>> eldest = kept.entrySet().iterator();
        while (keptBytes > protectedBytes() && eldest.hasNext()) {
            var entry = eldest.next();
            eldest.remove();
            keptBytes -= entry.getValue().body().length;
            probation.put(entry.getKey(), entry.getValue());
            probationBytes += entry.getValue().body().length;
        }
        trimProbation(maxBytes - keptBytes);
    }

    /** Drops the pages on probation read longest ago until the rest fits in {@code room}. */
    private void trimProbation(long room) {
        Iterator<Map.Entry<String, Page>> eldest = probation.entrySet().iterator();
        while (probationBytes > room && eldest.hasNext()) {
            probationBytes -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }

    private long protectedBytes() {
        return (long) (maxBytes * PROTECTED_SHARE);
    }

    /** An edit made every cached page stale: their keys can no longer be asked for, so their bytes go at once. */
    private void forgetOlderThan(long current) {
        if (current != cachedVersion) {
            probation.clear();
            kept.clear();
            probationBytes = 0;
            keptBytes = 0;
            cachedVersion = current;
        }
    }

    synchronized int size() {
        return probation.size() + kept.size();
    }

    synchronized boolean holds(String key) {
        return probation.containsKey(key) || kept.containsKey(key);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void count(Counter counter) {
        if (counter != null) {
            counter.increment();
        }
    }

    private static Counter counter(MeterRegistry registry, String result) {
        return registry == null ? null : Counter.builder("dealtrace.page_cache.requests")
                .description("Anonymous page requests by what the page cache did: served a kept page, rendered, or stood aside")
                .tag("result", result).register(registry);
    }
}
