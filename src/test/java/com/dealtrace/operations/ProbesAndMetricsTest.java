package com.dealtrace.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.dealtrace.support.RowsAdded;
import com.dealtrace.support.As;
import com.dealtrace.support.TestDatabaseConfiguration;
import com.dealtrace.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a load balancer and a monitor see over real HTTP: the public port answers the two probes and nothing else of
 * Actuator; the management port, on loopback, serves Prometheus metrics with requests per route, the connection
 * pool, failed sign-ins and bundle imports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dealtrace.page-cache.enabled=false")
@ExtendWith(RowsAdded.EachTest.class)
@ActiveProfiles("demo")
@Import(TestDatabaseConfiguration.class)
class ProbesAndMetricsTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    Environment environment;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void thePublicPortAnswersLivenessAndReadinessWithoutDetails() throws Exception {
        for (String probe : new String[] {"/livez", "/readyz"}) {
            var answer = get(port, probe);
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(answer.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    @Test
    void thePublicPortServesNothingElseOfActuator() throws Exception {
        for (String path : new String[] {"/actuator", "/actuator/health", "/actuator/health/readiness",
                "/actuator/prometheus", "/actuator/metrics", "/actuator/env", "/actuator/info", "/prometheus"}) {
            assertThat(get(port, path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void theManagementPortIsAnotherPortOnLoopbackByDefault() throws Exception {
        assertThat(managementPort).isNotEqualTo(port).isPositive();
        assertThat(environment.getProperty("management.server.address")).isEqualTo("127.0.0.1");
        var health = get(managementPort, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).as("the details, here only").contains("\"db\"", "PostgreSQL");
        assertThat(get(managementPort, "/actuator/env").statusCode()).isEqualTo(404);
    }

    @Test
    void prometheusMetricsCountRequestsPerRouteThePoolFailedSignInsAndBundleImports() throws Exception {
        var reader = new WebSession(port);
        assertThat(reader.get("/deals").status()).isEqualTo(200);
        var failed = new WebSession(port);
        var refused = failed.post("/login", Map.of("username", "analyst", "password", "not-the-password",
                "_csrf", failed.csrfToken("/login")));
        assertThat(refused.header("Location")).hasValueSatisfying(l -> assertThat(l).contains("error"));
        var editor = WebSession.as(As.EDITOR, port);
        var tokenPage = editor.post("/account/tokens", Map.of("name", "metrics test", "_csrf", editor.csrfToken("/account/tokens")));
        var token = java.util.regex.Pattern.compile("dt_[A-Za-z0-9_-]+").matcher(tokenPage.body());
        assertThat(token.find()).as("a new API token on the page").isTrue();
        // a bundle that cannot be read is refused whole, and counted as refused
        var upload = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/bundles"))
                .header("Authorization", "Bearer " + token.group()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{")).build();
        assertThat(http.send(upload, HttpResponse.BodyHandlers.ofString()).statusCode()).isBetween(400, 499);

        var scrape = get(managementPort, "/actuator/prometheus");

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .containsPattern("http_server_requests_seconds_count\\{[^}]*method=\"GET\"[^}]*uri=\"/deals\"[^}]*\\} \\d")
                .containsPattern("http_server_requests_seconds_bucket|http_server_requests_seconds_sum")
                .contains("hikaricp_connections_active", "hikaricp_connections_pending", "hikaricp_connections_max")
                .containsPattern("dealtrace_signin_failures_total\\{[^}]*reason=\"bad_credentials\"[^}]*\\} [1-9]")
                .containsPattern("dealtrace_bundle_imports_total\\{[^}]*outcome=\"refused\"[^}]*\\} [1-9]");
        assertThat(scrape.body()).doesNotContain("not-the-password");
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
