package com.dealtrace.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.dealtrace.support.ExternalTools;
import com.dealtrace.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * sqlmap (Debian's package) against the running app on loopback: every search, filter and paging parameter of the
 * pages and of the API, and the slugs in the addresses. It must find nothing injectable, and the app must never
 * answer its payloads with a server error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dealtrace.page-cache.enabled=false")
@ActiveProfiles("demo")
@Import(TestDatabaseConfiguration.class)
class SqlInjectionScanTest {

    static final Path SQLMAP = Path.of("/usr/bin/sqlmap");
    static final Pattern REQUESTS = Pattern.compile("HTTP request \\[#(\\d+)\\]");

    /** The addresses with parameters; a star marks a place in the path that sqlmap should try too. */
    static final List<String> TARGETS = List.of(
            "/search?q=mistral&kind=DEAL&page=1",
            "/deals?q=mistral&type=PARTNERSHIP&status=ACTIVE&party=microsoft&region=Europe&grade=A&from=2024-01-01&to=2025-12-31&page=1",
            "/deals.csv?q=azure&party=microsoft&region=Europe",
            "/sources?publisher=reuters&risk=LOW&page=1",
            "/cases?regulator=uk-cma&status=CLOSED",
            "/deals/microsoft-mistral-ai-partnership*/timeline",
            "/parties/microsoft*/network");

    static final List<String> API_TARGETS = List.of(
            "/api/v1/deals?q=mistral&type=PARTNERSHIP&party=microsoft&region=Europe&page=1",
            "/api/v1/sources?publisher=reuters&risk=LOW&page=1",
            "/api/v1/parties/microsoft*");

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @BeforeAll
    static void requireSqlmap() {
        ExternalTools.require(SQLMAP, "The SQL injection scan", "sqlmap");
    }

    @Test
    void sqlmapFindsNothingInjectableInAnySearchFilterOrAddress() throws Exception {
        String token = tokens.create("analyst", "sqlmap");
        Path out = Files.createDirectories(Path.of("target", "sqlmap"));
        int requests = 0;
        var findings = new ArrayList<String>();
        var targets = new ArrayList<String[]>();
        TARGETS.forEach(t -> targets.add(new String[] {t}));
        API_TARGETS.forEach(t -> targets.add(new String[] {t, "--headers=Authorization: Bearer " + token}));
        for (int i = 0; i < targets.size(); i++) {
            String[] target = targets.get(i);
            Path traffic = out.resolve("traffic-" + i + ".txt");
            Files.deleteIfExists(traffic);
            var command = new ArrayList<>(List.of(SQLMAP.toString(), "-u", "http://127.0.0.1:" + port + target[0], "--batch",
                    "--dbms=PostgreSQL", "--level=2", "--risk=1", "--flush-session", "--disable-coloring",
                    "--output-dir=" + out.toAbsolutePath(), "-t", traffic.toAbsolutePath().toString(), "--timeout=10",
                    "--retries=0", "--answers=follow=N"));
            for (int j = 1; j < target.length; j++) {
                command.add(target[j]);
            }
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
            Files.writeString(out.resolve("scan-" + i + ".log"), log);

            var sent = REQUESTS.matcher(Files.exists(traffic) ? Files.readString(traffic) : "");
            int count = 0;
            while (sent.find()) {
                count = Math.max(count, Integer.parseInt(sent.group(1)));
            }
            requests += count;
            if (log.contains("injectable") && !log.contains("do not appear to be injectable")
                    || log.contains("is vulnerable") || log.contains("sqlmap identified the following injection point")) {
                findings.add(target[0] + ":\n" + log);
            }
            assertThat(log).as(target[0]).doesNotContain("500 (Internal Server Error)")
                    .doesNotContain("connection refused").contains("do not appear to be injectable");
            assertThat(count).as("requests sqlmap sent to " + target[0]).isGreaterThan(50);
        }
        System.out.printf("sqlmap 1.x, level 2, risk 1: %d addresses, %d requests, %d findings%n", targets.size(),
                requests, findings.size());
        assertThat(findings).isEmpty();
    }
}
