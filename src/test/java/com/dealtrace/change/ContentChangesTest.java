package com.dealtrace.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.dealtrace.DealtraceApplication;
import com.dealtrace.support.As;
import com.dealtrace.support.RowsAdded;
import com.dealtrace.support.TestDatabase;
import com.dealtrace.support.TestDatabaseConfiguration;
import com.dealtrace.support.WebSession;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** An edit committed on one instance reaches another instance's page cache at once, through LISTEN/NOTIFY. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestDatabaseConfiguration.class)
@ExtendWith(RowsAdded.EachTest.class)
class ContentChangesTest {

    private static final String DEAL = "microsoft-mistral-ai-partnership";

    @LocalServerPort
    int port;

    @Test
    void anEditOnOneInstanceIsSeenOnAnotherWithinAHundredMilliseconds() throws Exception {
        var postgres = TestDatabase.get();
        try (var second = new SpringApplicationBuilder(DealtraceApplication.class)
                .profiles("demo")
                .properties("server.port=0", "management.server.port=0",
                        "spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "spring.datasource.username=postgres", "spring.datasource.password=postgres")
                .run()) {
            int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
            var secondVersion = second.getBean(ContentVersion.class);
            var changes = second.getBean(ContentChanges.class);
            for (int i = 0; i < 100 && !changes.listening(); i++) {
                Thread.sleep(50);
            }
            assertThat(changes.listening()).isTrue();
            var reader = new WebSession(secondPort);
            assertThat(reader.get("/deals/" + DEAL).body()).contains("94 %");
            assertThat(reader.get("/deals/" + DEAL).header("X-Page-Cache")).hasValue("hit");
            long before = secondVersion.current();

            var admin = WebSession.as(As.ADMIN, port);
            var graded = admin.post("/deals/" + DEAL + "/grade", Map.of("score", "0.91", "rationale",
                    "Graded on the first instance.", "_csrf", admin.csrfToken("/deals/" + DEAL + "/sources")));
            long committed = System.nanoTime();
            assertThat(graded.status()).isEqualTo(302);

            while (secondVersion.current() == before && System.nanoTime() - committed < 2_000_000_000L) {
                Thread.sleep(1);
            }
            long millis = (System.nanoTime() - committed) / 1_000_000;
            System.out.printf("[cache] the second instance saw the edit %d ms after it committed%n", millis);
            assertThat(secondVersion.current()).isNotEqualTo(before);
            assertThat(millis).isLessThan(100);
            var page = reader.get("/deals/" + DEAL);
            assertThat(page.header("X-Page-Cache")).hasValue("miss");
            assertThat(page.body()).contains("91 %");
        }
    }
}
