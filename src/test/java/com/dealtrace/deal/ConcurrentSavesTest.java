package com.dealtrace.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

/** Editors who save the same deal at the same moment over real HTTP: one save wins, every other gets the conflict page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dealtrace.page-cache.enabled=false")
@ActiveProfiles("demo")
@Import(TestDatabaseConfiguration.class)
class ConcurrentSavesTest {

    private static final int EDITORS = 4;
    private static final int ROUNDS = 5;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    RowsAdded added;

    @BeforeEach
    void noteRows() {
        added = new RowsAdded(jdbc);
    }

    @AfterEach
    void removeRows() {
        added.remove();
    }

    @Test
    void simultaneousSavesOfOneDealAreOneSaveAndConflictPagesNeverAServerError() throws Exception {
        WebSession first = WebSession.as(As.EDITOR, port);
        var created = first.post("/deals/new", Map.of("title", "Raced deal", "type", "PARTNERSHIP", "status", "ACTIVE",
                "visibility", "PUBLIC", "language", "en", "participants[0].party", "microsoft",
                "participants[0].role", "PARTNER", "_csrf", first.csrfToken("/deals/new")));
        assertThat(created.status()).isEqualTo(302);
        String edit = created.header("Location").orElseThrow().replaceFirst("^https?://[^/]+", "") + "/edit";

        List<WebSession> editors = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            editors.add(WebSession.as(As.EDITOR, port));
        }
        List<Integer> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                List<Map<String, String>> forms = new ArrayList<>();
                for (int i = 0; i < EDITORS; i++) {
                    Map<String, String> form = WebSession.formFields(editors.get(i).get(edit).body(), edit);
                    form.put("title", "Raced deal, round " + round + " by editor " + i);
                    form.put("participants[0].note", "note " + round + "/" + i);
                    forms.add(form);
                }
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < EDITORS; i++) {
                    WebSession editor = editors.get(i);
                    Map<String, String> form = forms.get(i);
                    answers.add(pool.submit(() -> {
                        start.await();
                        return editor.post(edit, form).status();
                    }));
                }
                start.countDown();
                List<Integer> round_ = new ArrayList<>();
                for (var answer : answers) {
                    round_.add(answer.get());
                }
                assertThat(round_).as("round " + round).containsOnly(302, 409).containsOnlyOnce(302);
                statuses.addAll(round_);
            }
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(statuses).hasSize(EDITORS * ROUNDS);
    }
}
