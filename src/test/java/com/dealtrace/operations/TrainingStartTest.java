package com.dealtrace.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.dealtrace.support.OwnPostgres;
import com.dealtrace.support.TestDatabaseConfiguration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The training start that makes the Docker image's class archive: it opens its pages and exits 0, with the embedded
 * PostgreSQL stopped, so that the JVM writes the archive; a page that fails makes it exit 1, so no archive is made.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dealtrace.page-cache.enabled=false")
@ActiveProfiles("demo")
@Import(TestDatabaseConfiguration.class)
class TrainingStartTest {

    private static final String DEAL = "/deals/microsoft-mistral-ai-partnership";

    @LocalServerPort
    int port;

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path folder;

    @Test
    void pagesThatAnswerWithoutAServerErrorPassAndNotFoundIsAnAnswer() {
        var training = new TrainingStart(List.of("/", DEAL + "/timeline", DEAL + "/sources", "/deals/no-such-deal"));

        assertThat(training.openPages(port)).isTrue();
    }

    @Test
    void aPageWithNoAnswerFailsTheTraining() throws Exception {
        var training = new TrainingStart(List.of("/"));

        assertThat(training.openPages(OwnPostgres.freePort())).isFalse();
    }

    @Test
    void theTrainingStartOpensItsPagesThenExitsZeroWithItsPostgresStopped() throws Exception {
        Path data = folder.resolve("postgres");
        Path log = folder.resolve("training.log");
        var command = List.of(ProcessHandle.current().info().command().orElseThrow(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "com.dealtrace.DealtraceApplication",
                "--dealtrace.training.pages=/,/deals,/deals/no-such-deal", "--server.port=0",
                "--management.server.port=0", "--dealtrace.embedded-postgres.data-directory=" + data);
        var app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(app.waitFor(120, TimeUnit.SECONDS)).as("the training start exits by itself").isTrue();
            String output = Files.readString(log);
            assertThat(app.exitValue()).as(output).isZero();
            assertThat(output).contains("Training start: / answered 200", "Training start: /deals answered 200",
                    "Training start: /deals/no-such-deal answered 404");
            assertThat(data.resolve("postmaster.pid")).as("its PostgreSQL stopped with it").doesNotExist();
        }
        finally {
            app.destroyForcibly();
        }
    }
}
