package com.dealtrace.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.dealtrace.support.As;
import com.dealtrace.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Behind a TLS proxy, with the proxy setting on and a public address configured, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dealtrace.behind-proxy=true", "dealtrace.public-url=https://dealtrace.example.org/"})
@ActiveProfiles("demo")
@Import(TestDatabaseConfiguration.class)
class BehindProxyTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void overHttpsTheSessionAndLanguageCookiesAreSecureAndSignInRedirectsToHttps() throws Exception {
        var login = send(HttpRequest.newBuilder(url("/login?lang=es")).header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "dealtrace.example.org").GET().build());

        assertThat(login.headers().allValues("Set-Cookie")).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION="))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("dealtrace-lang="));

        // a Secure cookie is not sent back over this test's plain HTTP, so send it as the proxy would
        String session = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        var signIn = send(signInRequest(csrf(login.body()), "analyst", As.ANALYST.password(), "198.51.100.1")
                .header("Cookie", session).build());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).startsWith("https://dealtrace.example.org/"));
    }

    @Test
    void feedIdsAndLinksComeFromThePublicAddressNotFromTheRequest() throws Exception {
        var feed = send(HttpRequest.newBuilder(url("/feeds/events.atom")).header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "http").GET().build());

        assertThat(feed.body()).contains("<id>https://dealtrace.example.org/events/", "href=\"https://dealtrace.example.org/deals/")
                .doesNotContain("evil.example", "localhost");
    }

    @Test
    void manyFailedSignInsFromOneForwardedClientLockThatClientOnlyWhateverTheNames() throws Exception {
        String token = csrf(send(HttpRequest.newBuilder(url("/login")).GET().build()).body());
        for (int i = 0; i < 20; i++) {
            var failed = signIn(token, "guess-" + i, "wrong", "203.0.113.7");
            assertThat(failed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }

        var locked = signIn(token, "someone-new", "wrong", "203.0.113.7");
        var other = signIn(token, "someone-new", "wrong", "203.0.113.8");

        assertThat(locked.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
        assertThat(other.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    private HttpResponse<String> signIn(String csrf, String username, String password, String client) throws Exception {
        return send(signInRequest(csrf, username, password, client).build());
    }

    private HttpRequest.Builder signInRequest(String csrf, String username, String password, String client) {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(url("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "dealtrace.example.org")
                .header("X-Forwarded-For", client).POST(HttpRequest.BodyPublishers.ofString(form));
    }

    private static String csrf(String html) {
        var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
