package com.dealtrace.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.dealtrace.support.OwnPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A bundle import runs in one transaction, so killing the app with SIGKILL in the middle of one leaves nothing
 * behind: the app runs as a separate JVM, a large bundle goes in over the API, and once PostgreSQL shows the import
 * inserting citations the process is killed. Every table then has exactly the rows it had before, and the same
 * bundle imports completely on a fresh start.
 */
class KilledImportTest {

    private static final String SLUG = "killed-import-test-deal";
    private static final int SOURCES = 1_000;
    private static final int EVENTS = 6_000;
    private static final int CITATIONS_PER_EVENT = 16;
    private static final String TOKEN = "dt_KilledImportTestToken0123456789a";

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path folder;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Process> children = new ArrayList<>();

    @Test
    void killingTheAppMidImportLeavesNoRowsAndTheSameBundleImportsAfterwards() throws Exception {
        byte[] bundle = bundle();
        assertThat(bundle.length).as("within the API's 5 MiB limit").isLessThanOrEqualTo(5 * 1024 * 1024);
        try (var postgres = EmbeddedPostgres.builder().start()) {
            var jdbc = JdbcClient.create(postgres.getPostgresDatabase());
            int port = OwnPostgres.freePort();
            var first = start(postgres, port, "first");
            int tokens = jdbc.sql("""
                            insert into api_token (user_id, name, token_hash)
                            select id, 'killed import test', encode(sha256(convert_to(:token, 'UTF8')), 'hex')
                            from app_user where username = 'editor'""")
                    .param("token", TOKEN).update();
            assertThat(tokens).as("an API token for the demo editor").isEqualTo(1);
            var before = rowCounts(jdbc);
            var insertedBefore = inserted(jdbc);

            long sent = System.nanoTime();
            var killed = http.sendAsync(importRequest(port, bundle), HttpResponse.BodyHandlers.ofString());
            var running = awaitImportInsertingCitations(jdbc, killed);
            first.destroyForcibly();
            int exit = first.waitFor();
            long sinceSent = millisSince(sent);
            assertThat(exit).as("SIGKILL: 128 + 9").isEqualTo(137);
            assertThat(killed).as("the client gets no answer").failsWithin(Duration.ofSeconds(10));
            long gone = System.nanoTime();
            awaitBackendGone(jdbc, running.pid());
            long endedAfter = millisSince(gone);
            // a backend reports its statistics as it exits: the rows the killed transaction had written, never committed
            var insertedAfter = inserted(jdbc);
            for (long waited = System.nanoTime(); insertedAfter.equals(insertedBefore) && millisSince(waited) < 3_000; ) {
                Thread.sleep(50);
                insertedAfter = inserted(jdbc);
            }
            long events = insertedAfter.get("event") - insertedBefore.get("event");
            long citationRows = insertedAfter.get("citation") - insertedBefore.get("citation");
            System.out.printf("[faults] import killed with SIGKILL after %d ms of transaction (%d ms after the request was "
                            + "sent, bundle %d bytes); it had inserted %d events and %d citations, uncommitted; "
                            + "PostgreSQL ended its backend %d ms after the kill%n",
                    running.millis(), sinceSent, bundle.length, events, citationRows, endedAfter);
            assertThat(citationRows).as("rows the killed import had written").isPositive();

            var after = rowCounts(jdbc);
            System.out.println("[faults] rows per table before the import and after the kill: " + after);
            assertThat(after).isEqualTo(before);
            assertThat(jdbc.sql("select count(*) from deal where slug = :slug").param("slug", SLUG).query(Long.class).single())
                    .isZero();
            assertThat(jdbc.sql("select count(*) from source where url like 'https://kill.example/%'").query(Long.class).single())
                    .isZero();
            assertThat(jdbc.sql("select count(*) from event where title like 'Killed import event %'").query(Long.class).single())
                    .isZero();

            int secondPort = OwnPostgres.freePort();
            var second = start(postgres, secondPort, "second");
            long retried = System.nanoTime();
            var response = http.send(importRequest(secondPort, bundle), HttpResponse.BodyHandlers.ofString());
            long importMillis = millisSince(retried);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            assertThat(response.body()).contains("\"createdDeals\":[\"" + SLUG + "\"]", "\"createdSources\":" + SOURCES);
            long dealId = jdbc.sql("select id from deal where slug = :slug").param("slug", SLUG).query(Long.class).single();
            long imported = jdbc.sql("select count(*) from event where deal_id = :id").param("id", dealId).query(Long.class).single();
            long citations = jdbc.sql("select count(*) from citation where deal_id = :id").param("id", dealId).query(Long.class).single();
            System.out.printf("[faults] the same bundle imported whole on a fresh start in %d ms: %d events, %d citations%n",
                    importMillis, imported, citations);
            assertThat(imported).isEqualTo(EVENTS);
            assertThat(citations).isEqualTo((long) EVENTS * CITATIONS_PER_EVENT);
            second.destroy();
            second.waitFor();
        }
        finally {
            children.forEach(Process::destroyForcibly);
        }
    }

    private record Running(int pid, long millis) {
    }

    /** Waits until the import's transaction has written rows and has been inserting citations for a while. */
    private static Running awaitImportInsertingCitations(JdbcClient jdbc, java.util.concurrent.CompletableFuture<?> response)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(response).as("the import must still be running when the app is killed").isNotDone();
            Optional<Running> running = jdbc.sql("""
                            select pid, (extract(epoch from now() - xact_start) * 1000)::bigint as millis
                            from pg_stat_activity
                            where pid <> pg_backend_pid() and backend_xid is not null and query ilike '%insert into citation%'
                              and now() - xact_start > interval '1 second'""")
                    .query((rs, row) -> new Running(rs.getInt("pid"), rs.getLong("millis"))).optional();
            if (running.isPresent()) {
                return running.get();
            }
            Thread.sleep(50);
        }
        return fail("the import never showed up in pg_stat_activity");
    }

    private static void awaitBackendGone(JdbcClient jdbc, int pid) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (jdbc.sql("select count(*) from pg_stat_activity where pid = :pid").param("pid", pid).query(Long.class).single() > 0) {
            assertThat(System.nanoTime()).as("PostgreSQL ends the killed client's backend").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** The number of rows in every table of the schema. */
    private static Map<String, Long> rowCounts(JdbcClient jdbc) {
        var counts = new LinkedHashMap<String, Long>();
        for (String table : jdbc.sql("select tablename from pg_tables where schemaname = 'public' order by tablename")
                .query(String.class).list()) {
            counts.put(table, jdbc.sql("select count(*) from \"" + table + "\"").query(Long.class).single());
        }
        return counts;
    }

    /** Rows ever inserted into the tables a bundle writes to, committed or not. */
    private static Map<String, Long> inserted(JdbcClient jdbc) {
        var inserted = new LinkedHashMap<String, Long>();
        jdbc.sql("select relname, n_tup_ins from pg_stat_user_tables where relname in ('event', 'citation')")
                .query((rs, row) -> inserted.put(rs.getString(1), rs.getLong(2))).list();
        return inserted;
    }

    private HttpRequest importRequest(int port, byte[] bundle) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/bundles"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bundle)).build();
    }

    /** Starts the app as a child JVM on the test's class path against the test's PostgreSQL, and waits until it has started. */
    private Process start(EmbeddedPostgres postgres, int port, String name) throws Exception {
        Path log = folder.resolve(name + ".log");
        var process = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "com.dealtrace.DealtraceApplication",
                "--server.port=" + port, "--spring.profiles.active=demo",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        children.add(process);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        // the demo users come after "Started", from an application runner
        var jdbc = JdbcClient.create(postgres.getPostgresDatabase());
        while (!Files.readString(log).contains("Started DealtraceApplication") || !editorExists(jdbc)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                fail("the app did not start:\n" + tail(log));
            }
            Thread.sleep(200);
        }
        return process;
    }

    private static boolean editorExists(JdbcClient jdbc) {
        return jdbc.sql("select to_regclass('app_user') is not null").query(Boolean.class).single()
                && jdbc.sql("select count(*) from app_user where username = 'editor'").query(Long.class).single() == 1;
    }

    private static String tail(Path log) throws IOException {
        var lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** One deal with many events, each citing many sources: thousands of inserts in one transaction. */
    private static byte[] bundle() {
        var json = new StringBuilder(5 * 1024 * 1024);
        json.append("{\"format\":\"dealtrace-bundle\",\"version\":1,\"sources\":[");
        for (int s = 0; s < SOURCES; s++) {
            json.append(s == 0 ? "" : ",").append("{\"url\":\"https://kill.example/s/").append(s)
                    .append("\",\"title\":\"Killed import source ").append(s)
                    .append("\",\"publisher\":\"Kill Example\",\"publisherKind\":\"BLOG\",\"risk\":\"HIGH\"}");
        }
        json.append("],\"deals\":[{\"slug\":\"").append(SLUG).append("\",\"title\":\"Killed import test deal\",")
                .append("\"type\":\"PARTNERSHIP\",\"status\":\"ACTIVE\",\"events\":[");
        for (int e = 0; e < EVENTS; e++) {
            json.append(e == 0 ? "" : ",").append("{\"date\":\"2024-01-01\",\"kind\":\"STATEMENT\",\"title\":\"Killed import event ")
                    .append(e).append("\",\"citations\":[");
            for (int c = 0; c < CITATIONS_PER_EVENT; c++) {
                json.append(c == 0 ? "" : ",").append("{\"url\":\"https://kill.example/s/")
                        .append((e * CITATIONS_PER_EVENT + c) % SOURCES).append("\"}");
            }
            json.append("]}");
        }
        json.append("]}]}");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
