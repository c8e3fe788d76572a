package com.dealtrace.web;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.dealtrace.support.As;
import com.dealtrace.support.EveryPage;
import com.dealtrace.support.RowsAdded;
import com.dealtrace.support.TestDatabaseConfiguration;
import com.dealtrace.support.WebSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the demo data, as each role sees it, is valid HTML by the W3C Nu Html Checker, run offline. The pages
 * are fetched over real HTTP (error pages included), saved, and checked in one run of the checker in its own JVM:
 * its dependencies (Jetty 11, Log4j 1) would clash with the app's (see the pom's nu-validator copy).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dealtrace.page-cache.enabled=false")
@ActiveProfiles("demo")
@Import(TestDatabaseConfiguration.class)
class ValidHtmlTest {

    private static final Path CHECKER = Path.of("target/nu-validator");
    private static final Path PAGES = Path.of("target/nu-pages");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RequestMappingHandlerMapping mappings;

    @Test
    void everyHtmlRouteOfTheAppIsInThePageList() {
        assertThat(EveryPage.of(jdbc).routesNotVisited(mappings))
                .as("GET routes answering HTML that EveryPage does not visit; add them so that Nu and axe check them")
                .isEmpty();
    }

    @Test
    void everyPageAsEveryRoleHasNoNuHtmlCheckerError() throws Exception {
        FileSystemUtils.deleteRecursively(PAGES);
        Files.createDirectories(PAGES);
        EveryPage every = EveryPage.of(jdbc);
        Map<String, String> pages = new LinkedHashMap<>();
        List<String> unexpected = new ArrayList<>();
        RowsAdded added = new RowsAdded(jdbc);
        try {
            visitAll(every, pages, unexpected);
        }
        finally {
            added.remove();
        }
        assertThat(unexpected).as("pages that did not render as expected").isEmpty();

        Map<String, List<String>> errors = check();

        assertThat(pages).hasSizeGreaterThan(150);
        Map<String, List<String>> byPage = new TreeMap<>();
        errors.forEach((file, messages) -> byPage.put(pages.get(file), messages));
        assertThat(byPage).as("Nu Html Checker errors in %d pages checked", pages.size()).isEmpty();
    }

    /** Fetches every page as every role that may see it, and sends every form: saved to PAGES, named in pages. */
    private void visitAll(EveryPage every, Map<String, String> pages, List<String> unexpected) throws IOException {
        for (As role : As.values()) {
            WebSession session = WebSession.as(role, port);
            for (String path : every.pagesFor(role)) {
                save(pages, unexpected, role + " GET " + path, session.get(path));
            }
            for (EveryPage.Submission submission : every.submissions()) {
                if (submission.role() == role) {
                    WebSession.Page answer = session.submit(submission);
                    if (answer.status() != submission.status()) {
                        unexpected.add(submission.describe() + " answered " + answer.status());
                    }
                    save(pages, unexpected, role + " " + submission.describe(), answer);
                }
            }
        }
    }

    private static void save(Map<String, String> pages, List<String> unexpected, String what, WebSession.Page page)
            throws IOException {
        if (page.status() >= 300 && page.status() < 400 || page.status() >= 500 || !page.body().contains("id=\"main\"")) {
            unexpected.add(what + " → " + page.status());
            return;
        }
        String file = "%03d.html".formatted(pages.size());
        Files.writeString(PAGES.resolve(file), page.body(), StandardCharsets.UTF_8);
        pages.put(file, what);
    }

    /** Runs the checker once over the saved pages: its errors by file name. */
    private static Map<String, List<String>> check() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path report = Files.createTempFile("nu-report", ".json");
        Path log = Files.createTempFile("nu-log", ".txt");
        Process checker = new ProcessBuilder(java, "-cp", CHECKER.toAbsolutePath() + File.separator + "*",
                "nu.validator.client.SimpleCommandLineValidator", "--format", "json", "--errors-only", "--stdout",
                PAGES.toAbsolutePath().toString())
                .redirectOutput(report.toFile()).redirectError(log.toFile()).start();
        if (!checker.waitFor(120, TimeUnit.SECONDS)) {
            checker.destroyForcibly();
            throw new IllegalStateException("The Nu Html Checker did not finish in 2 minutes");
        }
        String json = Files.readString(report);
        if (!json.strip().startsWith("{")) {
            throw new IllegalStateException("The Nu Html Checker did not report (is target/nu-validator there? "
                    + "./mvnw generate-test-resources copies it): " + json + Files.readString(log));
        }
        Map<String, List<String>> errors = new TreeMap<>();
        for (JsonNode message : JsonMapper.builder().build().readTree(json).path("messages")) {
            String url = message.path("url").asString("");
            String file = url.substring(url.lastIndexOf('/') + 1);
            errors.computeIfAbsent(file, f -> new ArrayList<>()).add("line %d: %s [%s]".formatted(
                    message.path("lastLine").asInt(), message.path("message").asString(), message.path("extract").asString("")));
        }
        Files.deleteIfExists(report);
        Files.deleteIfExists(log);
        return errors;
    }
}
