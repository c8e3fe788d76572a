package com.dealtrace.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.dealtrace.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/** Error pages over real HTTP, as a browser gets them: the layout, a plain message, never a stack trace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dealtrace.page-cache.enabled=false")
@ActiveProfiles("demo")
@Import({TestDatabaseConfiguration.class, ErrorPagesTest.Failing.class})
class ErrorPagesTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void unknownAddressGetsTheNotFoundPage() throws Exception {
        var response = get("/deals/no-such-deal");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<title>Not found — Dealtrace</title>", "There is no page at this address",
                "href=\"/deals\"");
    }

    @Test
    void errorPagesFollowTheReadersLanguageAndTheSwitchPointsBackAtTheMissingPage() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/deals/no-such-deal"))
                .header("Accept", "text/html").header("Accept-Language", "es").build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<html lang=\"es\"", "<title>No encontrada — Dealtrace</title>",
                "Ver las operaciones", "href=\"/deals/no-such-deal?lang=en\"");
    }

    @Test
    void unreadableRequestGetsAPlainMessage() throws Exception {
        var response = get("/cases?status=%3Cscript%3E");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("That request could not be read").doesNotContain("<script>");
        assertThat(response.body()).doesNotContainIgnoringCase("exception").doesNotContain("at com.", "at org.");
    }

    @Test
    void failureGetsAnErrorPageWithoutStackTraceOrVersions() throws Exception {
        var response = get("/test/fail");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Something went wrong", "Nothing you entered has been lost");
        assertThat(response.body()).doesNotContainIgnoringCase("exception").doesNotContain("secret detail", "at com.",
                "Tomcat", "Spring");
    }

    private HttpResponse<String> get(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @TestConfiguration
    @RestController
    static class Failing {

        @GetMapping("/test/fail")
        String fail() {
            throw new IllegalStateException("secret detail");
        }
    }
}
