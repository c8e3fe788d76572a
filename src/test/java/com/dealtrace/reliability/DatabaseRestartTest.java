package com.dealtrace.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.dealtrace.DealtraceApplication;
import com.dealtrace.security.ApiTokens;
import com.dealtrace.support.OwnPostgres;
import com.dealtrace.support.As;
import com.dealtrace.support.WebSession;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stops while the app serves pages and starts again: during the outage every request gets a plain
 * "unavailable" page within seconds, and afterwards the same requests — and the same sign-in — work again without
 * restarting the app. The test owns its PostgreSQL server (not the shared test database) because it stops it.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseRestartTest {

    private static final List<String> PAGES = List.of("/deals/microsoft-mistral-ai-partnership", "/deals", "/search?q=mistral");

    @TempDir
    Path data;

    @Test
    void pagesFailCleanlyWhilePostgresIsDownAndRecoverWhenItIsBack(CapturedOutput output) throws Exception {
        int pgPort = OwnPostgres.freePort();
        var postgres = OwnPostgres.start(data, pgPort);
        try (var app = new SpringApplicationBuilder(DealtraceApplication.class)
                .profiles("demo")
                .properties("server.port=0", "dealtrace.page-cache.enabled=false",
                        "spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "spring.datasource.username=postgres", "spring.datasource.password=postgres")
                .run()) {
            // the app must really use the server this test stops
            assertThat(app.getBean(DataSource.class).unwrap(HikariDataSource.class).getJdbcUrl()).contains(":" + pgPort + "/");
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            var anonymous = new WebSession(port);
            var signedIn = new WebSession(port);
            signedIn.signIn("analyst", As.ANALYST.password());

            for (String page : PAGES) {
                assertThat(visit(anonymous, page).status()).as(page).isEqualTo(200);
            }
            assertThat(visit(signedIn, "/deals").body()).contains("Signed in as <strong data-who>analyst</strong>");
            String token = app.getBean(ApiTokens.class).create("analyst", "outage");
            assertThat(api(anonymous, token).status()).isEqualTo(200);

            int logBefore = output.getAll().length();
            long stopping = System.nanoTime();
            postgres.close();
            System.out.printf("[faults] PostgreSQL stopped in %d ms%n", millisSince(stopping));

            var outage = new ArrayList<Outcome>();
            for (var client : List.of(anonymous, signedIn)) {
                for (String page : PAGES) {
                    long started = System.nanoTime();
                    var response = visit(client, page);
                    outage.add(new Outcome(page + (client == signedIn ? " (signed in)" : ""), response.status(),
                            millisSince(started), response.body()));
                }
            }
            System.out.println("[faults] during the outage: " + outage);
            for (var outcome : outage) {
                assertThat(outcome.status()).as(outcome.page()).isEqualTo(503);
                assertThat(outcome.millis()).as(outcome.page()).isLessThan(10_000);
                assertThat(outcome.body()).as(outcome.page()).contains("Dealtrace is unavailable for a moment")
                        .doesNotContainIgnoringCase("exception").doesNotContain("at com.", "at org.", "Tomcat", "PSQL");
            }

            // the content version is polled every 2 s: three cycles while down give one line, not three stack traces
            Thread.sleep(6_500);
            String outageLog = output.getAll().substring(logBefore);
            System.out.println("[faults] background-job log during the outage: "
                    + outageLog.lines().filter(line -> line.contains("background")).toList());
            assertThat(outageLog.lines().filter(line -> line.contains("The database cannot be reached (")).count()).isEqualTo(1);
            assertThat(outageLog).doesNotContain("Unexpected error occurred in scheduled task", "\tat com.dealtrace.history");

            var apiDuringOutage = api(anonymous, token);
            assertThat(apiDuringOutage.status()).isEqualTo(503);
            assertThat(apiDuringOutage.header("Content-Type")).hasValue("application/problem+json");
            assertThat(apiDuringOutage.body()).contains("\"status\":503").doesNotContain("Exception");

            long starting = System.nanoTime();
            postgres = OwnPostgres.start(data, pgPort);
            System.out.printf("[faults] PostgreSQL started again in %d ms%n", millisSince(starting));

            // Hikari retries a failed connection with a backoff of up to 5 s, so the pool may take that long to notice
            var recovering = new ArrayList<Integer>();
            long back = System.nanoTime();
            while (recovering.isEmpty() || recovering.get(recovering.size() - 1) != 200) {
                assertThat(millisSince(back)).as("recovery").isLessThan(15_000);
                recovering.add(visit(anonymous, "/deals").status());
            }
            long recovered = millisSince(back);
            System.out.printf("[faults] first page served %d ms after PostgreSQL was back; statuses until then: %s%n",
                    recovered, recovering);
            assertThat(recovering.subList(0, recovering.size() - 1)).allMatch(status -> status == 503);

            int succeeded = 0;
            int requests = 0;
            for (var client : List.of(anonymous, signedIn)) {
                for (String page : PAGES) {
                    requests++;
                    if (visit(client, page).status() == 200) {
                        succeeded++;
                    }
                }
            }
            var stillSignedIn = visit(signedIn, "/account/tokens");
            System.out.printf("[faults] after that: %d of %d requests succeeded; signed-in session: %d %s%n",
                    succeeded, requests, stillSignedIn.status(),
                    stillSignedIn.body().contains("Signed in as <strong data-who>analyst</strong>") ? "still signed in" : "signed out");
            assertThat(succeeded).isEqualTo(requests);
            assertThat(api(anonymous, token).status()).isEqualTo(200);
            assertThat(stillSignedIn.status()).isEqualTo(200);
            assertThat(stillSignedIn.body()).contains("Signed in as <strong data-who>analyst</strong>");
            Thread.sleep(2_500);
            assertThat(output.getAll().substring(logBefore)).contains("The database can be reached again");
        }
        finally {
            postgres.close();
        }
    }

    private static WebSession.Page api(WebSession session, String token) {
        return session.get("/api/v1/deals", "Authorization", "Bearer " + token);
    }

    private record Outcome(String page, int status, long millis, String body) {

        @Override
        public String toString() {
            return page + " " + status + " in " + millis + " ms";
        }
    }


    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static WebSession.Page visit(WebSession session, String path) {
        return session.get(path, "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    }
}
