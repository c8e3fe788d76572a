package com.dealtrace.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.dealtrace.support.OwnPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Issue 12, defect 7: a 1 MiB bundle of empty objects once ran the app out of memory at {@code -Xmx512m}. The app runs
 * here as a separate JVM with {@code -Xmx512m}; four hostile 5 MiB bundles arrive at once (empty deals, one object with
 * hundreds of thousands of unknown keys, and twice one deal with 1.7 million empty events). Each gets a small 422 within seconds, the app keeps serving
 * pages and imports, and it never runs out of memory.
 */
class HostileBundleTest {

    private static final String TOKEN = "dt_HostileBundleTestToken0123456789a";
    private static final int FIVE_MIB = 5 * 1024 * 1024;

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path folder;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void hostileFiveMebibyteBundlesGetSmallRefusalsInSecondsWhileTheAppKeepsServing() throws Exception {
        var empties = emptyDeals().getBytes(StandardCharsets.UTF_8);
        var keys = unknownKeys().getBytes(StandardCharsets.UTF_8);
        var events = emptyEventsOfOneDeal().getBytes(StandardCharsets.UTF_8);
        assertThat(empties.length).isBetween(FIVE_MIB - 100, FIVE_MIB);
        assertThat(events.length).isBetween(FIVE_MIB - 100, FIVE_MIB);
        assertThat(keys.length).isBetween(FIVE_MIB - 100, FIVE_MIB);
        Process app = null;
        try (var postgres = EmbeddedPostgres.builder().start()) {
            var jdbc = JdbcClient.create(postgres.getPostgresDatabase());
            int port = OwnPostgres.freePort();
            app = start(postgres, port);
            jdbc.sql("""
                            insert into api_token (user_id, name, token_hash)
                            select id, 'hostile bundle test', encode(sha256(convert_to(:token, 'UTF8')), 'hex')
                            from app_user where username = 'editor'""")
                    .param("token", TOKEN).update();

            long sent = System.nanoTime();
            var answers = new ArrayList<CompletableFuture<HttpResponse<String>>>();
            for (byte[] body : List.of(empties, keys, events, events)) {
                answers.add(http.sendAsync(importRequest(port, body), HttpResponse.BodyHandlers.ofString()));
            }
            var page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/deals")).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofString());
            long pageMillis = millisSince(sent);
            for (var answer : answers) {
                var response = answer.get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
                assertThat(response.body().length()).as("a small answer").isLessThan(30_000);
                assertThat(response.body()).contains("\"totalErrors\"");
            }
            long allMillis = millisSince(sent);
            System.out.printf("[faults] four hostile 5 MiB bundles at once under -Xmx512m: all refused (422) within %d ms; "
                    + "the deal list answered %d ms after they were sent%n", allMillis, pageMillis);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(allMillis).as("refused in seconds").isLessThan(60_000);

            var good = http.send(importRequest(port, """
                    {"format": "dealtrace-bundle", "version": 1,
                     "deals": [{"slug": "after-the-hostile-ones", "title": "T", "type": "PARTNERSHIP", "status": "ACTIVE"}]}
                    """.getBytes(StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString());
            assertThat(good.statusCode()).as(good.body()).isEqualTo(201);
            assertThat(app.isAlive()).isTrue();
            assertThat(Files.readString(folder.resolve("app.log"))).doesNotContain("OutOfMemoryError");
        }
        finally {
            if (app != null) {
                app.destroyForcibly();
                app.waitFor();
            }
        }
    }

    private static String emptyDeals() {
        var body = new StringBuilder(FIVE_MIB).append("{\"deals\":[{}");
        while (body.length() < FIVE_MIB - 5) {
            body.append(",{}");
        }
        return body.append("]}").toString();
    }

    /** One deal whose events are 1.7 million empty objects: bound at once, each would become an event record. */
    private static String emptyEventsOfOneDeal() {
        var body = new StringBuilder(FIVE_MIB).append("{\"deals\":[{\"slug\":\"x\",\"events\":[{}");
        while (body.length() < FIVE_MIB - 5) {
            body.append(",{}");
        }
        return body.append("]}]}").toString();
    }

    private static String unknownKeys() {
        var body = new StringBuilder(FIVE_MIB).append("{\"deals\":[{\"k0\":0");
        for (int i = 1; body.length() < FIVE_MIB - 20; i++) {
            body.append(",\"k").append(Integer.toString(i, 36)).append("\":0");
        }
        return body.append("}]}").toString();
    }

    private HttpRequest importRequest(int port, byte[] bundle) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/bundles"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bundle)).build();
    }

    /** Starts the app as a child JVM with -Xmx512m, as the benchmark and the killed-import test do, and waits for it. */
    private Process start(EmbeddedPostgres postgres, int port) throws Exception {
        Path log = folder.resolve("app.log");
        var process = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-Xmx512m",
                "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"), "com.dealtrace.DealtraceApplication",
                "--server.port=" + port, "--spring.profiles.active=demo",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        var jdbc = JdbcClient.create(postgres.getPostgresDatabase());
        while (!Files.readString(log).contains("Started DealtraceApplication") || !editorExists(jdbc)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                fail("the app did not start:\n" + Files.readString(log));
            }
            Thread.sleep(200);
        }
        return process;
    }

    private static boolean editorExists(JdbcClient jdbc) {
        return jdbc.sql("select to_regclass('app_user') is not null").query(Boolean.class).single()
                && jdbc.sql("select count(*) from app_user where username = 'editor'").query(Long.class).single() == 1;
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
