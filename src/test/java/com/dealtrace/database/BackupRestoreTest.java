package com.dealtrace.database;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

import com.dealtrace.DealtraceApplication;
import com.dealtrace.bundle.BundleService;
import com.dealtrace.security.ApiTokens;
import com.dealtrace.security.Audience;
import com.dealtrace.support.As;
import com.dealtrace.support.ExternalTools;
import com.dealtrace.support.WebSession;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The procedure of docs/backup.md, end to end: a database holding the demo and edits made after it is dumped with
 * {@code pg_dump -Fc} while the app runs, restored with {@code pg_restore} into a fresh database, and a second
 * instance on the copy serves the same pages to anonymous readers, a signed-in analyst and an API client.
 * <p>
 * Debian 12 ships only PostgreSQL 15's client tools, and pg_dump refuses a newer server, so this test runs a
 * PostgreSQL 15 server from zonky's 15 binaries (copied to target/ by the build; the classpath holds 17). It is skipped
 * with a message where pg_dump is missing, except on CI ({@code CI=true}), where it must run.
 */
class BackupRestoreTest {

    private static final Path DEBIAN_CLIENT = Path.of("/usr/lib/postgresql/15/bin");
    private static final String BINARIES = "dealtrace.backup-test.postgres-binaries";
    private static final String DEAL = "microsoft-mistral-ai-partnership";
    private static final String GRADED = "asml-mistral-ai-series-c";
    private static final String COPY = "imported-before-the-backup";
    private static final String RATIONALE = "Graded before the backup: the Series C terms are confirmed by ASML.";
    private static final List<String> PAGES = List.of("/", "/deals", "/deals?type=PARTNERSHIP&grade=A",
            "/deals/" + DEAL, "/deals/" + DEAL + "/timeline", "/deals/" + DEAL + "/sources", "/deals/" + GRADED + "/sources",
            "/deals/" + COPY, "/deals/" + COPY + "/timeline", "/deals/" + COPY + "/sources", "/parties", "/parties/mistral-ai",
            "/parties/mistral-ai/network", "/parties/uk-cma", "/cases", "/cases/cma-microsoft-mistral-ai", "/sources",
            "/search?q=mistral", "/feeds/events.atom");
    private static final List<String> MEMBER_PAGES = List.of("/deals/" + DEAL + "/history", "/deals/" + COPY + "/history",
            "/deals/" + DEAL + "/bundle.json", "/account/tokens");
    private static final List<String> API = List.of("/api/v1/deals", "/api/v1/deals/" + DEAL, "/api/v1/deals/" + COPY + "/bundle",
            "/api/v1/parties", "/api/v1/parties/mistral-ai", "/api/v1/sources", "/api/v1/cases");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void aDumpRestoredIntoAFreshDatabaseServesTheSamePages(@TempDir Path work) throws Exception {
        Path client = clientToolsOrSkip();
        Path dump = work.resolve("dealtrace.dump");
        try (var server = EmbeddedPostgres.builder().setPgBinaryResolver((system, arch) -> postgres15()).start()) {
            createDatabase(server, "original");
            Map<String, String> before;
            Facts original;
            String token;
            long dumpMillis;
            try (var app = startApp(server, "original")) {
                token = editAfterTheDemo(app);
                before = pages(port(app), token);
                original = facts(app);

                long start = System.nanoTime();
                run(work, client.resolve("pg_dump"), "-Fc", "-h", "localhost", "-p", String.valueOf(server.getPort()),
                        "-U", "postgres", "-w", "-d", "original", "-f", dump.toString());
                dumpMillis = (System.nanoTime() - start) / 1_000_000;
            }

            createDatabase(server, "restored");
            long start = System.nanoTime();
            run(work, client.resolve("pg_restore"), "--no-owner", "--exit-on-error", "-h", "localhost",
                    "-p", String.valueOf(server.getPort()), "-U", "postgres", "-w", "-d", "restored", dump.toString());
            long restoreMillis = (System.nanoTime() - start) / 1_000_000;

            try (var app = startApp(server, "restored")) {
                assertThat(app.getBean(Flyway.class).info().pending()).as("migrations left to run on the copy").isEmpty();
                assertThat(facts(app)).as("migration history, loaded data sets and row counts").isEqualTo(original);
                var after = pages(port(app), token);

                assertThat(before.get("analyst /deals/" + GRADED + "/sources")).contains(RATIONALE);
                assertThat(before.get("anonymous /deals")).contains("/deals/" + COPY);
                assertThat(after.keySet()).isEqualTo(before.keySet());
                for (String page : before.keySet()) {
                    assertThat(after.get(page)).as(page).isEqualTo(before.get(page));
                }
                System.out.printf("Backup test: pg_dump -Fc %d ms, %,d bytes; pg_restore %d ms; %d pages identical%n",
                        dumpMillis, Files.size(dump), restoreMillis, before.size());
            }
        }
    }

    /** Edits that only the dump can carry over: an admin's grade through the form and a bundle import through the API. */
    private static String editAfterTheDemo(ConfigurableApplicationContext app) throws Exception {
        int port = port(app);
        var admin = WebSession.as(As.ADMIN, port);
        String form = admin.csrfToken("/deals/" + GRADED + "/sources");
        var graded = admin.post("/deals/" + GRADED + "/grade", Map.of("score", "0.81", "rationale", RATIONALE, "_csrf", form));
        assertThat(graded.status()).as("grading").isEqualTo(302);

        // an admin's token: the bundle carries the deal's grades, which only admins import
        String token = app.getBean(ApiTokens.class).create("admin", "backup test");
        String bundle = app.getBean(JsonMapper.class).writeValueAsString(app.getBean(BundleService.class).export(DEAL, Audience.EDITOR))
                .replace(DEAL, COPY).replace("cma-microsoft-mistral-ai", "copied-case");
        var imported = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/bundles"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(bundle)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as("bundle import: " + imported.body()).isEqualTo(201);
        return token;
    }

    /** Every page as anonymous readers, a signed-in analyst and an API client get it: status, type, redirect and body. */
    private static Map<String, String> pages(int port, String token) throws Exception {
        var pages = new LinkedHashMap<String, String>();
        var anonymous = new WebSession(port);
        for (String page : PAGES) {
            pages.put("anonymous " + page, snapshot(anonymous, port, page));
        }
        var analyst = WebSession.as(As.ANALYST, port);
        for (String page : concat(PAGES, MEMBER_PAGES)) {
            pages.put("analyst " + page, snapshot(analyst, port, page));
        }
        var api = new WebSession(port);
        for (String page : API) {
            pages.put("api " + page, snapshot(api, port, page, "Authorization", "Bearer " + token));
        }
        return pages;
    }

    /** What must come over unchanged, so that the copy neither migrates again nor loads the demo a second time. */
    record Facts(List<String> migrations, List<String> dataSets, Map<String, Integer> rows) {
    }

    private static Facts facts(ConfigurableApplicationContext app) {
        var jdbc = app.getBean(JdbcClient.class);
        var migrations = jdbc.sql("""
                select installed_rank || ' ' || coalesce(version, '') || ' ' || coalesce(checksum::text, '') || ' '
                       || installed_on || ' ' || success
                from flyway_schema_history order by installed_rank""").query(String.class).list();
        var dataSets = jdbc.sql("select name || ' ' || loaded_at from data_load order by name").query(String.class).list();
        var rows = new LinkedHashMap<String, Integer>();
        for (String table : List.of("deal", "event", "citation", "source", "party", "regulatory_case", "confidence_assessment",
                "change_log", "app_user", "api_token")) {
            rows.put(table, jdbc.sql("select count(*) from " + table).query(Integer.class).single());
        }
        assertThat(dataSets).as("data sets").singleElement().asString().startsWith("demo:microsoft-mistral ");
        return new Facts(migrations, dataSets, rows);
    }

    /**
     * The page as a reader gets it (status, type and body), with only what differs per instance blanked: the CSRF
     * token (per session) and the port in absolute links (feeds).
     */
    private static String snapshot(WebSession session, int port, String page, String... headers) {
        var response = session.get(page, concat(List.of("Accept", "*/*"), List.of(headers)).toArray(String[]::new));
        assertThat(response.status()).as(page).isEqualTo(200);
        String body = CSRF.matcher(response.body()).replaceAll("name=\"_csrf\" value=\"(per session)\"")
                .replace("//localhost:" + port + "/", "//localhost:(port)/");
        return response.header("Content-Type").orElse("") + "\n\n" + body;
    }

    private static ConfigurableApplicationContext startApp(EmbeddedPostgres server, String database) {
        return new SpringApplicationBuilder(DealtraceApplication.class)
                .profiles("demo")
                .properties("server.port=0", "dealtrace.page-cache.enabled=false",
                        "spring.datasource.url=" + server.getJdbcUrl("postgres", database),
                        "spring.datasource.username=postgres", "spring.datasource.password=postgres")
                .run();
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    private static void createDatabase(EmbeddedPostgres server, String name) throws Exception {
        try (var connection = server.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
    }

    private static void run(Path work, Path program, String... arguments) throws Exception {
        var command = new ArrayList<String>();
        command.add(program.toString());
        command.addAll(List.of(arguments));
        Path output = work.resolve(program.getFileName() + ".log");
        var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean finished = process.waitFor(60, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished && process.exitValue() == 0).as(String.join(" ", command) + " failed:\n" + Files.readString(output)).isTrue();
    }

    /** PostgreSQL 15's server, from the jar the build copied next to the classes (the .txz zonky's resolver would pick). */
    private static ByteArrayInputStream postgres15() throws IOException {
        String jar = System.getProperty(BINARIES);
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IOException("The PostgreSQL 15 binaries are missing (" + jar + "); ./mvnw generate-test-resources copies them");
        }
        try (var binaries = new JarFile(jar)) {
            var entry = binaries.getJarEntry("postgres-linux-x86_64.txz");
            if (entry == null) {
                throw new IOException(jar + " has no postgres-linux-x86_64.txz");
            }
            try (var in = binaries.getInputStream(entry)) {
                return new ByteArrayInputStream(in.readAllBytes());
            }
        }
    }

    /** The folder of pg_dump and pg_restore: Debian's PostgreSQL 15 client, or any on the PATH. */
    private static Path clientToolsOrSkip() {
        var folders = new ArrayList<Path>();
        folders.add(DEBIAN_CLIENT);
        for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!folder.isBlank()) {
                folders.add(Path.of(folder));
            }
        }
        boolean linuxX64 = System.getProperty("os.name").equals("Linux") && List.of("amd64", "x86_64").contains(System.getProperty("os.arch"));
        for (Path folder : folders) {
            if (linuxX64 && Files.isExecutable(folder.resolve("pg_dump")) && Files.isExecutable(folder.resolve("pg_restore"))) {
                return folder;
            }
        }
        String message = linuxX64
                ? "The backup test needs pg_dump and pg_restore of PostgreSQL 15 or newer (apt-get install postgresql-client-15)"
                : "The backup test runs PostgreSQL 15 from zonky's Linux x86-64 binaries only";
        ExternalTools.unavailable(message);
        return null;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        var all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
