package com.dealtrace.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import com.dealtrace.DealtraceApplication;
import com.dealtrace.support.OwnPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A load balancer stops sending requests to an instance whose PostgreSQL is down and starts again once it is back,
 * while liveness stays up all along (restarting the app would not bring the database back).
 */
class ReadinessTest {

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void readinessIsDownWhilePostgresIsDownAndLivenessStaysUp() throws Exception {
        int pgPort = OwnPostgres.freePort();
        var postgres = OwnPostgres.start(data, pgPort);
        try (var app = new SpringApplicationBuilder(DealtraceApplication.class)
                .profiles("demo")
                .properties("server.port=0", "dealtrace.page-cache.enabled=false",
                        "spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "spring.datasource.username=postgres", "spring.datasource.password=postgres")
                .run()) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            assertThat(status(port, "/readyz")).isEqualTo(200);

            postgres.close();
            long stopped = System.nanoTime();
            int down = status(port, "/readyz");
            long answeredIn = millisSince(stopped);
            assertThat(down).isEqualTo(503);
            assertThat(answeredIn).as("within Hikari's connection timeout and a margin").isLessThan(8_000);
            assertThat(status(port, "/livez")).isEqualTo(200);

            postgres = OwnPostgres.start(data, pgPort);
            long restarted = System.nanoTime();
            while (status(port, "/readyz") != 200) {
                if (millisSince(restarted) > 30_000) {
                    fail("not ready 30 s after PostgreSQL came back");
                }
                Thread.sleep(200);
            }
            System.out.printf("[faults] /readyz answered 503 %d ms after PostgreSQL stopped, 200 again %d ms after "
                    + "it was back%n", answeredIn, millisSince(restarted));
            assertThat(status(port, "/livez")).isEqualTo(200);
        }
        finally {
            postgres.close();
        }
    }

    private int status(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }


    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
