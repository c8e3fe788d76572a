package com.dealtrace.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

/** One person's visit to the running app over real HTTP: a cookie jar, signed in as a role, sending forms as a browser would. */
public final class WebSession {

    private static final Pattern INPUT = Pattern.compile("<input[^>]*>");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea[^>]*?name=\"([^\"]+)\"[^>]*>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern SELECT = Pattern.compile("<select[^>]*?name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern SELECTED = Pattern.compile("<option[^>]*value=\"([^\"]*)\"[^>]*selected");

    public record Page(int status, String body, HttpHeaders headers) {

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    private final String base;
    private final Duration timeout;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    public WebSession(int port) {
        this(port, Duration.ofSeconds(30));
    }

    /** A visit whose every request must be answered within {@code timeout}, or it fails. */
    public WebSession(int port, Duration timeout) {
        this.base = "http://localhost:" + port;
        this.timeout = timeout;
    }

    public static WebSession as(As role, int port) {
        WebSession session = new WebSession(port);
        if (role != As.ANONYMOUS) {
            session.signIn(role.name().toLowerCase(), role.password());
        }
        return session;
    }

    /** Signs in through the sign-in form; a refusal (back to the form with an error) fails. */
    public Page signIn(String username, String password) {
        var page = post("/login", Map.of("username", username, "password", password, "_csrf", csrfToken("/login")));
        if (page.status() != 302 || page.header("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Signing in as " + username + " answered " + page.status() + " "
                    + page.header("Location").orElse(""));
        }
        return page;
    }

    /** The CSRF token of this session, from a form on the page at {@code path}. */
    public String csrfToken(String path) {
        String token = attribute(get(path).body(), "name=\"_csrf\"", "value");
        if (token.isEmpty()) {
            throw new IllegalStateException("No form with a CSRF token on " + path);
        }
        return token;
    }

    public Page get(String path) {
        return get(path, "Accept", "text/html");
    }

    /** A GET with these headers, as name and value pairs, instead of the browser's "Accept: text/html". */
    public Page get(String path, String... headers) {
        var request = request(path).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    public Page post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Opens the submission's page, fills its form as told and sends it: the page the server answers with. */
    public Page submit(EveryPage.Submission submission) {
        Map<String, String> fields = formFields(get(submission.page()).body(), submission.action());
        fields.putAll(submission.values());
        if (submission.stale()) {
            fields.put("version", String.valueOf(Integer.parseInt(fields.get("version")) - 1));
        }
        return post(submission.action(), fields);
    }

    /** The values a browser would send from the form with this action. */
    public static Map<String, String> formFields(String html, String action) {
        int start = html.indexOf("action=\"" + action + "\"");
        if (start < 0) {
            throw new IllegalArgumentException("No form posts to " + action);
        }
        String form = html.substring(start, html.indexOf("</form>", start));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            String tag = input.group();
            if (tag.contains("name=\"") && !(tag.contains("type=\"checkbox\"") && !tag.contains(" checked"))
                    && !tag.contains("type=\"file\"")) {
                fields.put(attribute(tag, "name=\"", "name"), HtmlUtils.htmlUnescape(attribute(tag, "", "value")));
            }
        }
        Matcher textarea = TEXTAREA.matcher(form);
        while (textarea.find()) {
            fields.put(textarea.group(1), HtmlUtils.htmlUnescape(textarea.group(2)));
        }
        Matcher select = SELECT.matcher(form);
        while (select.find()) {
            Matcher chosen = SELECTED.matcher(select.group(2));
            fields.put(select.group(1), chosen.find() ? chosen.group(1) : "");
        }
        return fields;
    }

    /** The value of {@code attribute} in the first tag that contains {@code marker}; empty where it has none. */
    private static String attribute(String html, String marker, String attribute) {
        int at = html.indexOf(marker);
        if (at < 0) {
            return "";
        }
        String tag = html.substring(html.lastIndexOf('<', at), html.indexOf('>', at) + 1);
        Matcher value = Pattern.compile("\\s" + attribute + "=\"([^\"]*)\"").matcher(tag);
        return value.find() ? value.group(1) : "";
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.body(), response.headers());
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
