package com.dealtrace.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.dealtrace.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests an attacker crafts get an ordinary answer, and cannot make the log grow faster than a line a request. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestDatabaseConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aMalformedLanguageCookieIsIgnoredOnEveryRouteWithoutFloodingTheLog(CapturedOutput output) throws Exception {
        int before = output.getAll().split("\n").length;
        int requests = 0;
        for (String cookie : new String[] {"%", "%00", "%ff", "%zz", "es%", "\"es", "x".repeat(300)}) {
            for (String path : new String[] {"/", "/deals", "/deals/microsoft-mistral-ai-partnership/timeline", "/login", "/no-such-page"}) {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Cookie", "dealtrace-lang=" + cookie).header("Accept", "text/html").build(),
                        HttpResponse.BodyHandlers.ofString());
                requests++;
                assertThat(response.statusCode()).as(path + " with cookie " + cookie).isIn(200, 404);
                assertThat(response.body()).as(path).contains("<html").doesNotContain("Exception");
            }
        }
        int logged = output.getAll().split("\n").length - before;
        assertThat(logged).isLessThanOrEqualTo(requests);
        assertThat(output.getAll()).doesNotContain("\tat org.springframework.web.servlet.i18n");
    }

    @Test
    void errorsAreHtmlForBrowsersAndProblemDocumentsForEveryoneElse() throws Exception {
        var html = get("/no-such-page", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(html.statusCode()).isEqualTo(404);
        assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));

        var json = get("/no-such-page", "application/json");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.body()).contains("\"status\":404", "\"title\":\"Not Found\"").doesNotContain("timestamp", "path");

        var api = get("/api/v1/no-such-thing", "text/html");
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void exportsRunAFewAtATimeWhilePageReadersAreServed() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(40);
        try {
            var exports = new java.util.ArrayList<java.util.concurrent.Future<HttpResponse<String>>>();
            for (int i = 0; i < 32; i++) {
                exports.add(pool.submit(() -> get("/deals.csv", "text/html,*/*;q=0.8")));
            }
            var readers = new java.util.ArrayList<java.util.concurrent.Future<HttpResponse<String>>>();
            for (int i = 0; i < 8; i++) {
                readers.add(pool.submit(() -> get("/deals/microsoft-mistral-ai-partnership", "text/html")));
            }
            for (var reader : readers) {
                assertThat(reader.get().statusCode()).isEqualTo(200);
            }
            int served = 0;
            for (var export : exports) {
                var response = export.get();
                assertThat(response.statusCode()).isIn(200, 503);
                if (response.statusCode() == 503) {
                    assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
                    assertThat(response.body()).contains("<html");
                }
                else {
                    served++;
                    assertThat(response.body()).startsWith("\"slug\"");
                }
            }
            assertThat(served).isPositive();
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withoutTheProxySettingForwardedHeadersAreIgnored() throws Exception {
        var login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "evil.example").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().allValues("Set-Cookie")).isNotEmpty()
                .noneSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("secure"));

        var feed = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/feeds/events.atom"))
                .header("X-Forwarded-Host", "evil.example").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(feed.body()).contains("<id>http://localhost:" + port + "/events/").doesNotContain("evil.example");
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
