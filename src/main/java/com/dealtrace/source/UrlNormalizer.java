package com.dealtrace.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reduces a source URL to the key that identifies the document, so that one document is one source however its
 * URL was written: the scheme, a leading "www.", default ports, fragments, trailing slashes and tracking parameters
 * do not count, and the host is compared without case.
 */
public final class UrlNormalizer {

    private UrlNormalizer() {
    }

    /**
     * Whether the address is too long to be a source: its key is unique-indexed, and PostgreSQL indexes at most
     * 2,704 bytes, which 2,000 characters of Chinese or emoji pass.
     */
    public static boolean tooLong(String url) {
        return url != null && url.trim().getBytes(StandardCharsets.UTF_8).length > 2_000;
    }

    /** The key of an http or https URL, or empty when the text is not one. */
    public static Optional<String> key(String url) {
        if (url == null) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        }
        catch (URISyntaxException ex) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        int port = uri.getPort();
        String portPart = (port == -1 || port == 80 || port == 443) ? "" : ":" + port;
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = uri.getRawQuery() == null ? "" : Arrays.stream(uri.getRawQuery().split("&"))
                .filter(parameter -> !parameter.isEmpty() && !isTracking(parameter))
                .collect(Collectors.joining("&"));
        return Optional.of(host + portPart + path + (query.isEmpty() ? "" : "?" + query));
    }

    /**
     * The registrable domain of an http(s) address, roughly: its host's last two labels, or three under a country's
     * second level ({@code bbc.co.uk}); empty for no address and for hosts many publishers share ({@code gov.uk},
     * {@code europa.eu}, {@code medium.com} ...), where one domain is not one publisher.
     */
    public static Optional<String> registrableDomain(String url) {
        return key(url).map(key -> key.replaceFirst("[:/?].*$", "")).flatMap(host -> {
            String[] labels = host.split("\\.");
            int n = labels.length;
            boolean countrySecondLevel = n >= 3 && labels[n - 1].length() == 2 && SECOND_LEVELS.contains(labels[n - 2]);
            int keep = Math.min(n, countrySecondLevel ? 3 : 2);
            String domain = String.join(".", Arrays.copyOfRange(labels, n - keep, n));
            return SHARED_DOMAINS.contains(domain) ? Optional.empty() : Optional.of(domain);
        });
    }

    private static final Set<String> SECOND_LEVELS = Set.of("co", "com", "org", "net", "gov", "ac",
            "edu", "ltd", "plc");
    private static final Set<String> SHARED_DOMAINS = Set.of("gov.uk", "service.gov.uk", "europa.eu", "medium.com",
            "substack.com", "linkedin.com", "x.com", "twitter.com", "youtube.com", "github.com", "wordpress.com",
            "blogspot.com", "google.com", "yahoo.com", "msn.com", "archive.org", "wikipedia.org", "sec.gov");

    private static boolean isTracking(String parameter) {
        String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid") || name.equals("mc_cid")
                || name.equals("mc_eid");
    }
}
