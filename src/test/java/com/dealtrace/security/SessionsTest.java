package com.dealtrace.security;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import com.dealtrace.DealtraceApplication;
import com.dealtrace.support.As;
import com.dealtrace.support.TestDatabase;
import com.dealtrace.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions over real HTTP: a new id at sign-in, and sign-ins shared by every instance through PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dealtrace.page-cache.enabled=false")
@ActiveProfiles("demo")
@Import(TestDatabaseConfiguration.class)
class SessionsTest {

    @LocalServerPort
    int port;

    @Test
    void signingInGivesANewSessionId() throws Exception {
        var cookies = new CookieManager();
        var http = HttpClient.newBuilder().cookieHandler(cookies).build();
        String token = csrfToken(http, port);
        String before = session(cookies);

        var signedIn = signIn(http, port, token);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(before).isNotNull();
        assertThat(session(cookies)).isNotNull().isNotEqualTo(before);
    }

    @Test
    void aSecondInstanceAgainstTheSameDatabaseKnowsTheSignIn() throws Exception {
        var postgres = TestDatabase.get();
        try (var second = new SpringApplicationBuilder(DealtraceApplication.class)
                .profiles("demo")
                .properties("server.port=0", "dealtrace.page-cache.enabled=false",
                        "spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "spring.datasource.username=postgres", "spring.datasource.password=postgres")
                .run()) {
            int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
            var cookies = new CookieManager();
            var http = HttpClient.newBuilder().cookieHandler(cookies).build();
            assertThat(signIn(http, port, csrfToken(http, port)).statusCode()).isEqualTo(302);

            var onSecond = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + secondPort + "/account/tokens")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(onSecond.statusCode()).isEqualTo(200);
            assertThat(onSecond.body()).contains("Signed in as <strong data-who>analyst</strong>");
        }
    }

    /**
     * Regression: the first pages opened at once after signing in (tabs restored, a benchmark's connections) each
     * stored the session's new CSRF token, and all but one failed on the attributes' primary key with a 500.
     */
    @Test
    void pagesOpenedAtOnceAfterSigningInAllAnswer() throws Exception {
        var pool = Executors.newFixedThreadPool(16);
        try {
            for (int round = 0; round < 5; round++) {
                var cookies = new CookieManager();
                var http = HttpClient.newBuilder().cookieHandler(cookies).build();
                assertThat(signIn(http, port, csrfToken(http, port)).statusCode()).isEqualTo(302);
                var start = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/deals")).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode();
                    }));
                }
                start.countDown();
                for (var answer : answers) {
                    assertThat(answer.get()).as("round %d", round).isEqualTo(200);
                }
            }
        }
        finally {
            pool.shutdownNow();
        }
    }

    private static String csrfToken(HttpClient http, int port) throws Exception {
        var login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private static HttpResponse<String> signIn(HttpClient http, int port, String token) throws Exception {
        String form = "username=analyst&password=" + URLEncoder.encode(As.ANALYST.password(), StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String session(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }
}
