package com.dealtrace.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
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

    public record Page(int status, String body) {
    }

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    public WebSession(int port) {
        this.base = "http://localhost:" + port;
    }

    public static WebSession as(As role, int port) {
        WebSession session = new WebSession(port);
        if (role != As.ANONYMOUS) {
            String login = session.get("/login").body();
            var page = session.post("/login", Map.of("username", role.name().toLowerCase(), "password", role.password(),
                    "_csrf", attribute(login, "name=\"_csrf\"", "value")));
            if (page.status() != 302) {
                throw new IllegalStateException("Signing in as " + role + " answered " + page.status());
            }
        }
        return session;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build());
    }

    public Page post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
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

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.body());
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
