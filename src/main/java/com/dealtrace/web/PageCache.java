package com.dealtrace.web;

import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.dealtrace.change.ContentVersion;

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
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.HtmlUtils;

/**
 * Keeps the pages anonymous readers get, rendered, until the next edit: the key holds the {@link ContentVersion},
 * which every edit changes, so no reader ever sees a page older than the last committed edit (other instances'
 * edits as soon as they commit). A cached page is fresh by construction, so a client's {@code Cache-Control: no-cache}
 * gets it too (with an ETag, and a 304 on revalidation) rather than forcing a render. Anonymous pages tell shared
 * caches (a CDN) that they may keep them for {@code dealtrace.cdn.s-maxage} ({@link CdnProperties}).
 * <p>
 * The key is canonical: the path, the reader's language, and only the query parameters that some page reads (the
 * request parameters and form fields of the GET handlers), sorted, so {@code ?utm_source=…} or a random parameter
 * makes no new entry. Entries are kept segmented (SLRU): a new page enters on probation and is kept among the
 * protected pages only once it is read again, so a flood of one-off pages cycles through probation and cannot evict
 * the site's hot pages.
 * <p>
 * Signed-in readers get kept pages too, keyed by their role (which decides what they may read and which buttons
 * they see) instead of being anonymous: the page is kept cut where the reader's own values stand — their CSRF token
 * and their name in the header ({@code data-who}) — and each reader's are put in when it is served, as bytes, never
 * through a template. An editor's or admin's page that holds a form besides signing out is not shared. Account and
 * admin pages, pages with a one-time notice, pages that start an anonymous session (a form with a CSRF token) and
 * anything but a 200 HTML page are never kept.
 */
@Component
@ConditionalOnBooleanProperty(name = "dealtrace.page-cache.enabled", matchIfMissing = true)
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
class PageCache extends OncePerRequestFilter {

    /** The share of the cache's bytes kept for pages read more than once. */
    static final double PROTECTED_SHARE = 0.8;

    /**
     * A kept page: its bytes, cut where the reader's own values go (for a signed-in reader: their CSRF token, their
     * name and their unread count in the header), with what goes into each cut ({@link #TOKEN}, {@link #NAME} or
     * {@link #COUNT}).
     */
    private record Page(byte[][] parts, byte[] slots, int bytes, String contentType, String etag) {

        static Page whole(byte[] body, String contentType, String etag) {
            return new Page(new byte[][] {body}, new byte[0], body.length, contentType, etag);
        }

        boolean personal() {
            return slots.length > 0;
        }
    }

    private static final byte TOKEN = 0;
    private static final byte NAME = 1;
    private static final byte COUNT = 2;
    /** The header's unread count stands between this marker's {@code >} and the next {@code <}. */
    private static final String COUNT_MARK = "data-inbox";
    /**
     * A form the same for every reader of a role (following a page; an editor's publish, delete and row actions,
     * whose fields are only the CSRF token), which does not keep an editor's page personal; with its tag, so that
     * text on the page (always escaped) cannot pass for one. A template marks a form so only when nothing in it
     * depends on who reads it.
     */
    private static final String SHARED_FORM = "<form data-shared-form";
    private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

    private final ContentVersion version;
    private final LocaleResolver locales;
    private final ObjectProvider<RequestMappingHandlerMapping> handlers;
    private final ObjectProvider<HeaderCount> counts;
    private final long maxBytes;
    private final String bypassHeader;
    private final String publicCacheControl;
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
            ObjectProvider<MeterRegistry> meters, CdnProperties cdn, ObjectProvider<HeaderCount> counts) {
        this.version = version;
        this.counts = counts;
        this.locales = locales;
        this.handlers = handlers;
        this.maxBytes = properties.maxBytes();
        this.bypassHeader = properties.bypassHeader();
        this.publicCacheControl = "public, max-age=0, s-maxage=" + cdn.sMaxage().toSeconds();
        MeterRegistry registry = meters.getIfAvailable();
        this.hits = counter(registry, "hit");
        this.misses = counter(registry, "miss");
        this.bypasses = counter(registry, "bypass");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        boolean bypass = !"GET".equals(request.getMethod())
                // an anonymous reader with a session holds a CSRF token of a form; a signed-in one may have a notice
                || (signedIn() ? hasNotice(request) || path.startsWith("/account") || path.startsWith("/admin")
                        || path.startsWith("/setup") : request.getSession(false) != null)
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
        var reader = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = signedIn();
        String key = key(request, current, signedIn ? audience(reader) : "-");
        Page page = get(key, current);
        if (page != null) {
            count(hits);
            response.setHeader("X-Page-Cache", "hit");
            if (page.personal()) {
                serve(page, response, csrfToken(request), HtmlUtils.htmlEscape(reader.getName()), count(page, request));
                return;
            }
            if (!shared(page, request, response)) {
                serve(page, response, null, null, null);
            }
            return;
        }
        count(misses);
        var wrapper = new ContentCachingResponseWrapper(response);
        wrapper.setHeader("X-Page-Cache", "miss");
        chain.doFilter(request, wrapper);
        String contentType = wrapper.getContentType();
        Page rendered = null;
        if (wrapper.getStatus() == HttpServletResponse.SC_OK && contentType != null && contentType.startsWith("text/html")) {
            if (!signedIn && request.getSession(false) == null) {
                rendered = Page.whole(wrapper.getContentAsByteArray(), contentType, etag(key, current));
            }
            else if (signedIn) {
                rendered = personal(wrapper.getContentAsByteArray(), contentType, csrfToken(request),
                        HtmlUtils.htmlEscape(reader.getName()), reader);
            }
        }
        if (rendered != null) {
            put(key, current, rendered);
            if (!rendered.personal() && shared(rendered, request, response)) {
                return; // a 304: the rendered body is dropped
            }
        }
        wrapper.copyBodyToResponse();
    }

    /**
     * Marks an anonymous reader's kept page as one that shared caches may keep ({@code public}, for
     * {@code s-maxage}) and browsers must revalidate ({@code max-age=0}), with its ETag; and answers a revalidation
     * that still holds it with a 304. Only pages the cache keeps get here: nothing that set a cookie, nothing but a 200
     * HTML page, nothing a signed-in reader gets (those are {@code private, no-store}, see
     * {@code security.CacheHeaders}). Returns whether it answered 304.
     */
    private boolean shared(Page page, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.ETAG, page.etag());
        response.setHeader(HttpHeaders.CACHE_CONTROL, publicCacheControl);
        // the language comes from the language cookie, else Accept-Language; a session cookie means a signed-in page
        response.addHeader(HttpHeaders.VARY, "Cookie, Accept-Language");
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        return false;
    }

    /** Whether an {@code If-None-Match} header names this ETag, compared weakly as RFC 9110 asks for GET. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The ETag of an anonymous page: the content version, which every edit changes, and a digest of the rest of the
     * page-cache key (path, language, parameters read). The same on every instance, so a revalidation may reach any.
     * Weak, because the same page goes out gzip-compressed or not, and a strong ETag would promise the same bytes.
     */
    static String etag(String key, long version) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "W/\"" + version + "-" + HexFormat.of().formatHex(digest, 0, 8) + "\"";
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Writes a kept page, with this reader's own values in its cuts. */
    private static void serve(Page page, HttpServletResponse response, String token, String name, String count)
            throws IOException {
        byte[] tokenBytes = token == null ? new byte[0] : token.getBytes(StandardCharsets.UTF_8);
        byte[] nameBytes = name == null ? new byte[0] : name.getBytes(StandardCharsets.UTF_8);
        byte[] countBytes = count == null ? new byte[0] : count.getBytes(StandardCharsets.UTF_8);
        int length = page.bytes();
        for (byte slot : page.slots()) {
            length += slot(slot, tokenBytes, nameBytes, countBytes).length;
        }
        response.setContentType(page.contentType());
        response.setContentLength(length);
        var out = response.getOutputStream();
        for (int i = 0; i < page.parts().length; i++) {
            out.write(page.parts()[i]);
            if (i < page.slots().length) {
                out.write(slot(page.slots()[i], tokenBytes, nameBytes, countBytes));
            }
        }
    }

    private static byte[] slot(byte slot, byte[] token, byte[] name, byte[] count) {
        return slot == TOKEN ? token : slot == NAME ? name : count;
    }

    /** The reader's unread count, asked for only when the kept page has a place for it. */
    private String count(Page page, HttpServletRequest request) {
        for (byte slot : page.slots()) {
            if (slot == COUNT) {
                HeaderCount count = counts.getIfAvailable();
                return count == null ? "0" : count.text(request);
            }
        }
        return null;
    }

    /**
     * A signed-in reader's page, cut where their CSRF token, their name (the header's {@code data-who}) and their
     * unread count ({@code data-inbox}) stand, or null if it cannot be shared with others of the same role: the name
     * or count is not where the header puts it, or the page of an editor or admin holds a form besides signing out
     * and following (its contents may be theirs alone).
     */
    private static Page personal(byte[] body, String contentType, String token, String name, Authentication reader) {
        String html = new String(body, StandardCharsets.UTF_8);
        int who = html.indexOf("data-who");
        int nameStart = who < 0 ? -1 : html.indexOf('>', who) + 1;
        if (nameStart <= 0 || !html.startsWith(name + "<", nameStart) || html.indexOf("data-who", nameStart) >= 0) {
            return null;
        }
        boolean analyst = reader.getAuthorities().stream().allMatch(a -> "ROLE_ANALYST".equals(a.getAuthority()));
        if (!analyst && html.split("method=\"post\"", -1).length - html.split(SHARED_FORM, -1).length > 1) {
            return null;
        }
        var cuts = new TreeMap<Integer, Byte>();
        cuts.put(nameStart, NAME);
        int mark = html.indexOf(COUNT_MARK);
        int countStart = mark < 0 ? -1 : html.indexOf('>', mark) + 1;
        int countEnd = countStart <= 0 ? -1 : html.indexOf('<', countStart);
        if (mark >= 0 && (countEnd < 0 || html.indexOf(COUNT_MARK, countStart) >= 0
                || !html.substring(countStart, countEnd).matches("\\d{1,9}"))) {
            return null;
        }
        String count = mark < 0 ? null : html.substring(countStart, countEnd);
        if (count != null) {
            cuts.put(countStart, COUNT);
        }
        if (token != null && !token.isEmpty()) {
            for (int at = html.indexOf(token); at >= 0; at = html.indexOf(token, at + token.length())) {
                cuts.put(at, TOKEN);
            }
        }
        var parts = new byte[cuts.size() + 1][];
        var slots = new byte[cuts.size()];
        int from = 0;
        int i = 0;
        int bytes = 0;
        for (var cut : cuts.entrySet()) {
            parts[i] = html.substring(from, cut.getKey()).getBytes(StandardCharsets.UTF_8);
            bytes += parts[i].length;
            slots[i] = cut.getValue();
            from = cut.getKey() + (cut.getValue() == TOKEN ? token.length() : cut.getValue() == NAME ? name.length()
                    : count.length());
            i++;
        }
        parts[i] = html.substring(from).getBytes(StandardCharsets.UTF_8);
        bytes += parts[i].length;
        return new Page(parts, slots, bytes, contentType, null);
    }

    /** This request's CSRF token as its forms carry it, or null where there is none. */
    private static String csrfToken(HttpServletRequest request) {
        return request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token ? token.getToken() : null;
    }

    /** What a signed-in reader's role lets them read and do: their authorities, sorted. */
    private static String audience(Authentication reader) {
        return reader.getAuthorities().stream().map(a -> a.getAuthority()).sorted().collect(Collectors.joining(","));
    }

    private static boolean hasNotice(HttpServletRequest request) {
        var session = request.getSession(false);
        return session != null && session.getAttribute(FLASH_MAPS) instanceof java.util.Collection<?> maps && !maps.isEmpty();
    }

    private static boolean signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /**
     * The content version, the day (pages count down to regulators' deadlines), the path, the language (the resolved
     * locale: cookie, else Accept-Language) and the parameters a page reads, sorted by name, each with its values in
     * the order sent.
     */
    String key(HttpServletRequest request, long current, String audience) {
        var key = new StringBuilder().append(current).append(' ').append(java.time.LocalDate.now(java.time.ZoneOffset.UTC))
                .append(' ').append(audience).append(' ')
                .append(request.getRequestURI()).append(' ')
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
            probationBytes -= page.bytes();
            keep(key, page);
        }
        return page;
    }

    private synchronized void put(String key, long current, Page page) {
        forgetOlderThan(current);
        if (page.bytes() > maxBytes / 8 || kept.containsKey(key)) {
            return;
        }
        Page old = probation.put(key, page);
        probationBytes += page.bytes() - (old == null ? 0 : old.bytes());
        trimProbation(maxBytes - keptBytes);
    }

    private void keep(String key, Page page) {
        kept.put(key, page);
        keptBytes += page.bytes();
        // the protected pages read longest ago go back on probation
        Iterator<Map.Entry<String, Page>> eldest = kept.entrySet().iterator();
        while (keptBytes > protectedBytes() && eldest.hasNext()) {
            var entry = eldest.next();
            eldest.remove();
            keptBytes -= entry.getValue().bytes();
            probation.put(entry.getKey(), entry.getValue());
            probationBytes += entry.getValue().bytes();
        }
        trimProbation(maxBytes - keptBytes);
    }

    /** Drops the pages on probation read longest ago until the rest fits in {@code room}. */
    private void trimProbation(long room) {
        Iterator<Map.Entry<String, Page>> eldest = probation.entrySet().iterator();
        while (probationBytes > room && eldest.hasNext()) {
            probationBytes -= eldest.next().getValue().bytes();
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
