package com.dealtrace.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.dealtrace.support.As;
import com.dealtrace.support.RowsAdded;
import com.dealtrace.support.TestDatabaseConfiguration;
import com.dealtrace.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin's change to an account holds at once, over real HTTP, for the user's open sessions and API tokens:
 * a demoted editor can no longer edit, a disabled user is signed out, a reset password ends the old sessions and tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dealtrace.page-cache.enabled=false")
@ActiveProfiles("demo")
@Import(TestDatabaseConfiguration.class)
@ExtendWith(RowsAdded.EachTest.class)
class AccountChangesTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Test
    void aDemotedEditorsOpenSessionCanNoLongerEdit() {
        var user = editor();
        var session = signedIn(user);
        assertThat(session.get("/deals/new").status()).isEqualTo(200);
        String csrf = session.csrfToken("/parties/new");

        assertThat(change(user, "ANALYST", true).status()).isEqualTo(302);

        assertThat(session.get("/deals/new").status()).isNotEqualTo(200);
        var party = session.post("/parties/new", Map.of("_csrf", csrf, "name", "Sneaky Party " + user.name(), "kind", "COMPANY"));
        assertThat(party.status()).isEqualTo(403);
        assertThat(accounts.get(user.id()).role()).isEqualTo(Role.ANALYST);
    }

    @Test
    void untickingActiveDisablesTheAccountAndEndsItsSession() {
        var user = editor();
        var session = signedIn(user);

        var saved = change(user, "EDITOR", false);

        assertThat(saved.status()).isEqualTo(302);
        assertThat(admin().get("/admin/users").body()).doesNotContain("Nothing changed");
        assertThat(accounts.get(user.id()).enabled()).isFalse();
        assertThat(session.get("/account/tokens").status()).isEqualTo(302);
        var again = new WebSession(port);
        var refused = again.post("/login", Map.of("username", user.name(), "password", user.password(),
                "_csrf", again.csrfToken("/login")));
        assertThat(refused.header("Location")).hasValueSatisfying(location -> assertThat(location).contains("error"));
    }

    @Test
    void tickingActiveAgainLetsTheUserBackIn() {
        var user = editor();
        change(user, "EDITOR", false);

        change(user, "EDITOR", true);

        assertThat(accounts.get(user.id()).enabled()).isTrue();
        assertThat(signedIn(user).get("/deals/new").status()).isEqualTo(200);
    }

    @Test
    void resettingAPasswordEndsTheOpenSessionAndRevokesTheApiTokens() throws Exception {
        var user = editor();
        var session = signedIn(user);
        String token = tokens.create(user.name(), "laptop");
        assertThat(api(token)).isEqualTo(200);

        var admin = admin();
        var reset = admin.post("/admin/users/" + user.id() + "/password", Map.of("_csrf", admin.csrfToken("/admin/users")));

        assertThat(reset.status()).isEqualTo(200);
        assertThat(session.get("/deals/new").status()).isNotEqualTo(200);
        assertThat(api(token)).isEqualTo(401);
    }

    @Test
    void aRoleChangeReachesTheApiTokenAtOnce() throws Exception {
        var user = editor();
        String token = tokens.create(user.name(), "script");
        assertThat(apiPost(token)).isNotIn(401, 403);

        change(user, "ANALYST", true);

        assertThat(apiPost(token)).isEqualTo(403);
        assertThat(api(token)).isEqualTo(200);
    }

    @Test
    void changingOnlyTheNameKeepsTheSession() {
        var user = editor();
        var session = signedIn(user);

        var admin = admin();
        admin.post("/admin/users/" + user.id(), Map.of("_csrf", admin.csrfToken("/admin/users"), "displayName", "Renamed",
                "role", "EDITOR", "enabled", "true"));

        assertThat(session.get("/deals/new").status()).isEqualTo(200);
    }

    private record User(long id, String name, String password) {
    }

    private User editor() {
        String name = "u" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        var row = accounts.create(name, "Test " + name, Role.EDITOR, password);
        return new User(row.id(), name, password);
    }

    private WebSession signedIn(User user) {
        var session = new WebSession(port);
        session.signIn(user.name(), user.password());
        return session;
    }

    private WebSession admin() {
        return WebSession.as(As.ADMIN, port);
    }

    /** The admin's form for one account, sent as a browser sends it: an unticked box sends no field. */
    private WebSession.Page change(User user, String role, boolean active) {
        var admin = admin();
        var page = admin.get("/admin/users").body();
        Map<String, String> fields = new HashMap<>(WebSession.formFields(page, "/admin/users/" + user.id()));
        fields.put("role", role);
        if (active) {
            fields.put("enabled", "true");
        }
        else {
            fields.remove("enabled");
        }
        return admin.post("/admin/users/" + user.id(), fields);
    }

    private int api(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/deals"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** An editor's API call that changes nothing: a bundle import of an empty bundle. */
    private int apiPost(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/bundles"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"deals\":[]}")).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
