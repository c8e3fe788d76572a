package com.dealtrace.bundle;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

import com.dealtrace.security.ApiTokens;
import com.dealtrace.support.RowsAdded;
import com.dealtrace.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, defect 8: imports sent at the same moment over real HTTP that add the same new party, source or deal
 * all succeed (it used to be 500, duplicate key, in 11 of 20 tries); each new row exists once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dealtrace.page-cache.enabled=false")
@ActiveProfiles("demo")
@Import(TestDatabaseConfiguration.class)
class ConcurrentImportTest {

    private static final int IMPORTS = 20;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(IMPORTS)).build();
    private RowsAdded added;
    private String token;

    @BeforeEach
    void noteRows() {
        added = new RowsAdded(jdbc);
        token = tokens.create("editor", "concurrent imports");
    }

    @AfterEach
    void removeRows() {
        added.remove();
    }

    @Test
    void importsThatShareANewPartyAndSourceAllSucceedAndAddThemOnce() throws Exception {
        var statuses = importAtOnce(i -> bundle("shared-party-deal-" + i));

        assertThat(statuses).as("statuses and bodies").allSatisfy(s -> assertThat(s).startsWith("201"));
        assertThat(count("party where slug = 'concurrent-new-party'")).isOne();
        assertThat(count("source where url = 'https://concurrent.example/shared'")).isOne();
        assertThat(count("deal where slug like 'shared-party-deal-%'")).isEqualTo(IMPORTS);
        assertThat(count("""
                deal_participant dp join party p on p.id = dp.party_id
                where p.slug = 'concurrent-new-party'""")).isEqualTo(IMPORTS);
    }

    @Test
    void theSameBundleSentTwentyTimesAtOnceMakesOneDeal() throws Exception {
        var statuses = importAtOnce(i -> bundle("one-shared-deal"));

        assertThat(statuses).as("statuses and bodies").allSatisfy(s -> assertThat(s).matches("(?s)20[01].*"));
        assertThat(statuses).filteredOn(s -> s.startsWith("201")).hasSize(1);
        assertThat(count("deal where slug = 'one-shared-deal'")).isOne();
        assertThat(count("party where slug = 'concurrent-new-party'")).isOne();
    }

    /** Sends the bundles together, released by one latch; the status and body of each answer. */
    private List<String> importAtOnce(IntFunction<String> bundles) throws Exception {
        var start = new CountDownLatch(1);
        var answers = new ArrayList<CompletableFuture<String>>();
        var pool = Executors.newFixedThreadPool(IMPORTS);
        for (int i = 0; i < IMPORTS; i++) {
            String body = bundles.apply(i);
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/bundles"))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(90)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    return response.statusCode() + " " + response.body();
                }
                catch (Exception ex) {
                    return "failed: " + ex;
                }
            }, pool));
        }
        start.countDown();
        var statuses = new ArrayList<String>();
        for (var answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        return statuses;
    }

    private static String bundle(String dealSlug) {
        return """
                {"format": "dealtrace-bundle", "version": 1,
                 "parties": [{"slug": "concurrent-new-party", "name": "Concurrent New Party", "kind": "COMPANY"}],
                 "sources": [{"url": "https://concurrent.example/shared", "title": "Shared", "publisher": "Concurrent New Party",
                              "publisherParty": "concurrent-new-party", "publisherKind": "COMPANY", "risk": "LOW"}],
                 "deals": [{"slug": "%s", "title": "Concurrent import", "type": "PARTNERSHIP", "status": "ACTIVE",
                            "participants": [{"party": "concurrent-new-party", "role": "PARTNER"}],
                            "citations": [{"url": "https://concurrent.example/shared"}]}]}
                """.formatted(dealSlug);
    }

    private int count(String from) {
        return jdbc.sql("select count(*) from " + from).query(Integer.class).single();
    }
}
