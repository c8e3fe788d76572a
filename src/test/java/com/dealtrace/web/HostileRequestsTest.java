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
}
