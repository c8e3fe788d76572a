package com.dealtrace.reliability;

import java.io.IOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import com.dealtrace.support.OwnPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * SIGTERM, as {@code docker stop} or systemd sends it, while the app is under load and importing a large bundle: the
 * app runs as a separate JVM with its embedded PostgreSQL (the default) and JSON logs. New connections are refused
 * at once, the import in flight finishes and is committed, every request that was answered was answered 200, and
 * only then does the embedded PostgreSQL stop, cleanly: its folder opens again with the import in it.
 */
@ExtendWith(OutputCaptureExtension.class)
class GracefulShutdownTest {

    private static final String SLUG = "graceful-shutdown-test-deal";
    private static final int SOURCES = 500;
    private static final int EVENTS = 2_000;
    private static final int CITATIONS_PER_EVENT = 16;
    private static final String TOKEN = "dt_GracefulShutdownTestToken0123456";

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path folder;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void sigtermUnderLoadFinishesTheRequestsInFlightRefusesNewOnesAndStopsPostgresCleanly(CapturedOutput output)
            throws Exception {
        Path data = folder.resolve("postgres");
        Path log = folder.resolve("app.log");
        int port = OwnPostgres.freePort();
        int postgresPort = OwnPostgres.freePort();
        var command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "com.dealtrace.DealtraceApplication",
                "--server.port=" + port, "--spring.profiles.active=demo", "--dealtrace.page-cache.enabled=false",
                "--dealtrace.embedded-postgres.data-directory=" + data, "--dealtrace.embedded-postgres.port=" + postgresPort));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("DEALTRACE_LOG_FORMAT", "ecs");
        var app = builder.start();
        try {
            var jdbc = JdbcClient.create(dataSource(postgresPort));
            awaitStarted(app, log, jdbc);
            jdbc.sql("""
                            insert into api_token (user_id, name, token_hash)
                            select id, 'graceful shutdown test', encode(sha256(convert_to(:token, 'UTF8')), 'hex')
                            from app_user where username = 'editor'""")
                    .param("token", TOKEN).update();
            failedSignIn(port, "graceful-test-signin");

            // readers, each on its own connections, for as long as the app answers
            var statuses = new ConcurrentHashMap<Integer, AtomicLong>();
            var refused = new AtomicLong();
            var otherFailures = new ConcurrentHashMap<String, AtomicLong>();
            var reading = new AtomicBoolean(true);
            List<Thread> readers = new ArrayList<>();
            for (int r = 0; r < 6; r++) {
                String page = List.of("/", "/deals", "/parties", "/sources", "/cases", "/search?q=mistral").get(r);
                var reader = new Thread(() -> read(port, page, reading, statuses, refused, otherFailures), "reader-" + r);
                reader.start();
                readers.add(reader);
            }

            byte[] bundle = bundle();
            var importing = http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/bundles"))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofByteArray(bundle)).build(),
                    HttpResponse.BodyHandlers.ofString());
            awaitImportInsertingCitations(jdbc);
            long answeredBefore = statuses.values().stream().mapToLong(AtomicLong::get).sum();

            long signalled = System.nanoTime();
            app.destroy(); // SIGTERM
            long refusedAfter = awaitNewConnectionsRefused(port, app);
            assertThat(importing).as("the import is still running when new connections are refused").isNotDone();

            var imported = importing.get();
            long importDoneAfter = millisSince(signalled);
            assertThat(app.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).as("the app exits").isTrue();
            long exitedAfter = millisSince(signalled);
            reading.set(false);
            for (Thread reader : readers) {
                reader.join();
            }
            String appLog = Files.readString(log);
            long answered = statuses.values().stream().mapToLong(AtomicLong::get).sum();
            System.out.printf("[shutdown] SIGTERM with the import in flight and 6 readers: new connections refused after "
                            + "%d ms; the import answered %d after %d ms; the app exited with %d after %d ms; reads "
                            + "answered %s (%d of them before the signal), refused %d, other failures %s%n",
                    refusedAfter, imported.statusCode(), importDoneAfter, app.exitValue(), exitedAfter, statuses,
                    answeredBefore, refused.get(), otherFailures);

            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
            assertThat(statuses.keySet()).as("every answered read").containsOnly(200);
            assertThat(otherFailures).as("reads that broke off mid-answer").isEmpty();
            assertThat(refused.get()).as("reads refused after the signal").isPositive();
            assertThat(app.exitValue()).as("SIGTERM: 128 + 15").isEqualTo(143);
            assertThat(appLog).contains("Commencing graceful shutdown", "Graceful shutdown complete",
                    "server stopped", "shut down postmaster").doesNotContain("Exception");
            assertThat(appLog.indexOf("Graceful shutdown complete"))
                    .as("PostgreSQL stops after the requests in flight").isLessThan(appLog.indexOf("shut down postmaster"));
            assertThat(data.resolve("postmaster.pid")).as("a clean stop removes the lock file").doesNotExist();

            // structured JSON logs, with the request id of the request that logged
            var signInLine = appLog.lines().filter(line -> line.contains("Sign-in refused")).findFirst().orElseThrow();
            assertThat(signInLine).startsWith("{").contains("\"request_id\":\"graceful-test-signin\"", "\"@timestamp\"");
            // no secret: not the password tried, not the API token, not the demo users' passwords
            assertThat(appLog).doesNotContain("wrong-password-here", TOKEN, "editor-password", "admin-password");

            try (var reopened = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                    .setPort(postgresPort).start()) {
                var after = JdbcClient.create(reopened.getPostgresDatabase());
                long events = after.sql("select count(*) from event e join deal d on d.id = e.deal_id where d.slug = :slug")
                        .param("slug", SLUG).query(Long.class).single();
                assertThat(events).as("the import that finished during the shutdown is committed").isEqualTo(EVENTS);
                // PostgreSQL says how it was last stopped as it starts: "shut down", not "interrupted" (a crash)
                long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                while (!output.getOut().contains("database system was shut down at") && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertThat(output.getOut()).contains("database system was shut down at")
                        .doesNotContain("database system was interrupted", "automatic recovery in progress");
            }
        }
        finally {
            app.destroyForcibly();
        }
    }

    private void read(int port, String page, AtomicBoolean reading, Map<Integer, AtomicLong> statuses, AtomicLong refused,
            Map<String, AtomicLong> otherFailures) {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        while (reading.get()) {
            try {
                var answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                statuses.computeIfAbsent(answer.statusCode(), s -> new AtomicLong()).incrementAndGet();
            }
            catch (ConnectException ex) {
                refused.incrementAndGet();
                sleep(100);
            }
            catch (IOException ex) {
                // a keep-alive connection that the stopping server closes between two requests: the request sent on
                // it was never read, so it is refused too (a proxy retries it on another instance)
                String message = String.valueOf(ex.getMessage());
                if (message.contains("closed") || message.contains("received no bytes") || ex.getCause() instanceof ConnectException) {
                    refused.incrementAndGet();
                }
                else {
                    otherFailures.computeIfAbsent(ex.getClass().getSimpleName() + ": " + ex.getMessage(),
                            m -> new AtomicLong()).incrementAndGet();
                }
                sleep(100);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** How long after the signal a fresh connection is refused; fails if the app exits first. */
    private static long awaitNewConnectionsRefused(int port, Process app) throws InterruptedException {
        long signalled = System.nanoTime();
        while (millisSince(signalled) < 20_000) {
            try (var socket = new java.net.Socket("localhost", port)) {
                Thread.sleep(20);
            }
            catch (IOException ex) {
                assertThat(app.isAlive()).as("refusing while still finishing the requests in flight").isTrue();
                return millisSince(signalled);
            }
        }
        return fail("new connections were still accepted 20 s after SIGTERM");
    }

    private void failedSignIn(int port, String requestId) throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var login = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        assertThat(csrf.find()).isTrue();
        var refused = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.ofString("username=editor&password=wrong-password-here&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.headers().firstValue("X-Request-Id")).hasValue(requestId);
    }

    private static void awaitStarted(Process app, Path log, JdbcClient jdbc) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!Files.readString(log).contains("Started DealtraceApplication") || !editorExists(jdbc)) {
            if (!app.isAlive() || System.nanoTime() > deadline) {
                fail("the app did not start:\n" + Files.readString(log));
            }
            Thread.sleep(200);
        }
    }

    private static boolean editorExists(JdbcClient jdbc) {
        try {
            return jdbc.sql("select to_regclass('app_user') is not null").query(Boolean.class).single()
                    && jdbc.sql("select count(*) from app_user where username = 'editor'").query(Long.class).single() == 1;
        }
        catch (RuntimeException ex) {
            return false; // PostgreSQL is still starting
        }
    }

    private static void awaitImportInsertingCitations(JdbcClient jdbc) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (System.nanoTime() < deadline) {
            long running = jdbc.sql("""
                            select count(*) from pg_stat_activity
                            where pid <> pg_backend_pid() and backend_xid is not null and query ilike '%insert into citation%'
                              and now() - xact_start > interval '1 second'""").query(Long.class).single();
            if (running > 0) {
                return;
            }
            Thread.sleep(50);
        }
        fail("the import never showed up in pg_stat_activity");
    }

    private static PGSimpleDataSource dataSource(int port) {
        var dataSource = new PGSimpleDataSource();
        dataSource.setUrl("jdbc:postgresql://localhost:" + port + "/postgres");
        dataSource.setUser("postgres");
        return dataSource;
    }

    /** One deal with many events, each citing many sources: thousands of inserts in one transaction. */
    private static byte[] bundle() {
        var json = new StringBuilder(3 * 1024 * 1024);
        json.append("{\"format\":\"dealtrace-bundle\",\"version\":1,\"sources\":[");
        for (int s = 0; s < SOURCES; s++) {
            json.append(s == 0 ? "" : ",").append("{\"url\":\"https://shutdown.example/s/").append(s)
                    .append("\",\"title\":\"Shutdown source ").append(s)
                    .append("\",\"publisher\":\"Shutdown Example\",\"publisherKind\":\"BLOG\",\"risk\":\"HIGH\"}");
        }
        json.append("],\"deals\":[{\"slug\":\"").append(SLUG).append("\",\"title\":\"Graceful shutdown test deal\",")
                .append("\"type\":\"PARTNERSHIP\",\"status\":\"ACTIVE\",\"events\":[");
        for (int e = 0; e < EVENTS; e++) {
            json.append(e == 0 ? "" : ",").append("{\"date\":\"2024-01-01\",\"kind\":\"STATEMENT\",\"title\":\"Shutdown event ")
                    .append(e).append("\",\"citations\":[");
            for (int c = 0; c < CITATIONS_PER_EVENT; c++) {
                json.append(c == 0 ? "" : ",").append("{\"url\":\"https://shutdown.example/s/")
                        .append((e * CITATIONS_PER_EVENT + c) % SOURCES).append("\"}");
            }
            json.append("]}");
        }
        json.append("]}]}");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
