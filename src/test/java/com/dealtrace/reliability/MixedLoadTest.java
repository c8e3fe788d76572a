package com.dealtrace.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.dealtrace.security.Role;
import com.dealtrace.security.UserAccounts;
import com.dealtrace.support.As;
import com.dealtrace.support.RowsAdded;
import com.dealtrace.support.TestDatabaseConfiguration;
import com.dealtrace.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded load on loopback, as deployed (page cache on): editors add events and sources while readers browse,
 * anonymous and signed in, for {@code dealtrace.load.seconds} (60 by default). Every answer must be the expected
 * one, nothing may time out, and every write that was acknowledged must be in the database and on its page after.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestDatabaseConfiguration.class)
class MixedLoadTest {

    static final int EDITORS = 8;
    static final int READERS = 32;
    static final String[] DEALS = {"microsoft-mistral-ai-partnership", "asml-mistral-ai-series-c"};
    static final String[] PAGES = {"/", "/deals", "/deals/microsoft-mistral-ai-partnership",
            "/deals/microsoft-mistral-ai-partnership/timeline", "/deals/microsoft-mistral-ai-partnership/sources",
            "/deals/asml-mistral-ai-series-c/timeline", "/parties/microsoft", "/parties/microsoft/network",
            "/cases/cma-microsoft-mistral-ai", "/sources", "/search?q=mistral", "/search?q=azure+distribution"};

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    RowsAdded added;
    final String run = Long.toString(System.currentTimeMillis(), 36);
    final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<Long> readMillis = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Long> writeMillis = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> eventsWritten = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> sourcesWritten = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void noteRows() {
        added = new RowsAdded(jdbc);
    }

    @AfterEach
    void removeRows() {
        added.remove();
    }

    @Test
    void eightEditorsSaveWhileThirtyTwoReadersBrowseWithoutASingleErrorOrLostWrite() throws Exception {
        long seconds = Long.getLong("dealtrace.load.seconds", 60);
        for (int i = 0; i < EDITORS; i++) {
            accounts.create("load-editor-" + i, "Load editor " + i, Role.EDITOR, "load-editor-password-" + i);
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        var pool = Executors.newFixedThreadPool(EDITORS + READERS);
        var users = new ArrayList<java.util.concurrent.Future<?>>();
        for (int i = 0; i < EDITORS; i++) {
            int editor = i;
            users.add(pool.submit(() -> edit(editor, end)));
        }
        for (int i = 0; i < READERS; i++) {
            boolean signedIn = i % 2 == 1;
            users.add(pool.submit(() -> read(signedIn, end)));
        }
        for (var user : users) {
            user.get(seconds + 120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        System.out.printf("Mixed load, %d s: %d reads (p50 %d ms, p99 %d ms), %d writes (p50 %d ms, p99 %d ms), "
                        + "statuses %s, errors %d%n", seconds, readMillis.size(), percentile(readMillis, 50),
                percentile(readMillis, 99), writeMillis.size(), percentile(writeMillis, 50), percentile(writeMillis, 99),
                statuses, errors.size());
        assertThat(errors).as("errors under load").isEmpty();
        assertThat(readMillis).hasSizeGreaterThan(READERS * 10);
        assertThat(eventsWritten).hasSizeGreaterThan(EDITORS * 5);
        assertThat(sourcesWritten).isNotEmpty();

        var storedEvents = jdbc.sql("select title from event where title like :p and deleted_at is null")
                .param("p", "Load " + run + " %").query(String.class).set();
        assertThat(storedEvents).containsExactlyInAnyOrderElementsOf(eventsWritten);
        var storedSources = jdbc.sql("select title from source where title like :p").param("p", "Load " + run + " %")
                .query(String.class).set();
        assertThat(storedSources).containsExactlyInAnyOrderElementsOf(sourcesWritten);
        var reader = session();
        for (String deal : DEALS) {
            String timeline = reader.get("/deals/" + deal + "/timeline").body();
            assertThat(eventsWritten.stream().filter(t -> t.contains(" on " + deal + " ")))
                    .allSatisfy(title -> assertThat(timeline).contains(HtmlUtils.htmlEscape(title)));
        }
    }

    private void edit(int editor, long end) {
        var session = session();
        try {
            session.signIn("load-editor-" + editor, "load-editor-password-" + editor);
            String token = session.csrfToken("/account/tokens");
            for (int i = 0; System.nanoTime() < end; i++) {
                String deal = DEALS[editor % DEALS.length];
                if (i % 4 == 3) {
                    String title = "Load " + run + " source " + editor + "-" + i;
                    var saved = post(session, "/sources/new", token, "url", "https://load.example/" + run + "/" + editor + "/" + i,
                            "title", title, "publisherName", "Load wire", "publisherKind", "NEWS_WIRE",
                            "language", "en", "risk", "MEDIUM", "summary", "Written by the load test", "saveAnyway", "true");
                    if (expect(saved, 302, "POST /sources/new")) {
                        sourcesWritten.add(title);
                    }
                }
                else {
                    String title = "Load " + run + " event " + editor + "-" + i + " on " + deal + " <b>&</b>";
                    var saved = post(session, "/deals/" + deal + "/events/new", token, "occurredOn", "2025-10-0" + (1 + i % 9),
                            "precision", "DAY", "kind", "STATEMENT", "title", title,
                            "description", "Saved while readers browse; ünïcödé and \"quotes\".");
                    if (expect(saved, 302, "POST event")) {
                        eventsWritten.add(title);
                    }
                }
                pause(200, 600);
            }
        }
        catch (Exception ex) {
            errors.add("editor " + editor + ": " + ex);
        }
    }

    private void read(boolean signedIn, long end) {
        var session = session();
        try {
            if (signedIn) {
                session.signIn("analyst", As.ANALYST.password());
            }
            while (System.nanoTime() < end) {
                String page = PAGES[ThreadLocalRandom.current().nextInt(PAGES.length)];
                long start = System.nanoTime();
                var response = session.get(page);
                readMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                expect(response, 200, "GET " + page);
                pause(50, 250);
            }
        }
        catch (Exception ex) {
            errors.add("reader: " + ex);
        }
    }

    private boolean expect(WebSession.Page response, int status, String what) {
        statuses.merge(what.startsWith("GET") ? "GET " + response.status() : "POST " + response.status(), 1,
                Integer::sum);
        if (response.status() != status) {
            errors.add(what + " answered " + response.status());
            return false;
        }
        return true;
    }

    /** A visitor whose every request must be answered within 10 s. */
    private WebSession session() {
        return new WebSession(port, Duration.ofSeconds(10));
    }

    private WebSession.Page post(WebSession session, String path, String token, String... fields) {
        var form = new LinkedHashMap<String, String>();
        form.put("_csrf", token);
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        long start = System.nanoTime();
        var response = session.post(path, form);
        writeMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        return response;
    }

    private static void pause(int fromMillis, int toMillis) throws InterruptedException {
        Thread.sleep(ThreadLocalRandom.current().nextInt(fromMillis, toMillis));
    }

    private static long percentile(ConcurrentLinkedQueue<Long> millis, int percent) {
        var sorted = millis.stream().sorted().collect(Collectors.toList());
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }
}
