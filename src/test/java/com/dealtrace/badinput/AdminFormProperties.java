package com.dealtrace.badinput;

import static com.dealtrace.badinput.Form.other;
import static com.dealtrace.badinput.Form.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.dealtrace.support.As;
import com.dealtrace.support.RowsAdded;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Grading, weights, user accounts, tokens, sign-in and the bundle import page under thousands of bad values. */
class AdminFormProperties {

    private static final String DEAL = "microsoft-mistral-ai-partnership";

    private final BadInputApp app = BadInputApp.get();
    private RowsAdded rows;
    private long newestToken;
    private int policyVersion;

    @BeforeProperty
    void noteTheNewestRowsAndTheWeights() {
        rows = new RowsAdded(app.jdbc);
        newestToken = app.jdbc.sql("select coalesce(max(id), 0) from api_token").query(Long.class).single();
        policyVersion = app.jdbc.sql("select max(version) from grading_policy").query(Integer.class).single();
    }

    @AfterProperty
    void removeWhatTheTriesSavedAndPutTheWeightsBack() {
        app.jdbc.sql("delete from api_token where id > :id").param("id", newestToken).update();
        rows.remove();
        app.jdbc.sql("delete from grading_policy where version > :version").param("version", policyVersion).update();
    }

    @AfterContainer
    static void reportTries() {
        BadInputApp.reportTries();
    }

    private static final Form GRADE = new Form("POST /deals/{slug}/grade", As.ADMIN, "/deals/" + DEAL + "/grade",
            "confidence_assessment", () -> new HashMap<>(Map.of("score", "0.80", "rationale", "Bad input grade")),
            List.of(other("score", BadInput.numbers()), text("rationale", "rationale", 5_000)));

    @Property(tries = 250)
    void aGradeRefusesBadInputBesideItsFieldOrStoresItAsSent(@ForAll("grade") Form.Attack attack) {
        GRADE.check(attack, "gradeForm");
    }

    @Provide
    Arbitrary<Form.Attack> grade() {
        return GRADE.attacks();
    }

    @Property(tries = 200)
    void weightsRefuseBadNumbersBesideTheirFieldAndKeepTheOldOnes(@ForAll("weight") String field,
            @ForAll("numbers") String value) {
        BadInputApp.tried("POST /admin/weights");
        String before = app.jdbc.sql("select max(version)::text from grading_policy").query(String.class).single();
        var input = new HashMap<>(Map.of("low", "0.90", "medium", "0.60", "high", "0.30"));
        input.put(field, value);

        var result = app.post(As.ADMIN, "/admin/weights", input);

        BadInputApp.noServerError(result);
        Form.clearMessages(BadInputApp.body(result));
        if (result.getResponse().getStatus() == 422) {
            assertThat(BadInputApp.errors(result, "form").hasFieldErrors(field)).isTrue();
            assertThat(app.jdbc.sql("select max(version)::text from grading_policy")
                    .query(String.class).single()).as("no new policy version").isEqualTo(before);
        }
        else {
            assertThat(result.getResponse().getStatus()).isEqualTo(302);
            if (value.isBlank()) {
                // a class factor left blank keeps its value; a risk weight is required
                assertThat(field).isIn("direct", "official", "independent");
                return;
            }
            // a decimal comma is read like a point (DecimalInputFormat)
            assertThat(new java.math.BigDecimal(value.strip().replace(',', '.'))).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.ONE);
        }
    }

    @Provide
    Arbitrary<String> weight() {
        return Arbitraries.of("low", "medium", "high", "direct", "official", "independent");
    }

    @Provide
    Arbitrary<String> numbers() {
        return BadInput.numbers();
    }

    private static final Form NEW_USER = new Form("POST /admin/users", As.ADMIN, "/admin/users", "app_user",
            () -> new HashMap<>(Map.of("username", "bad-input-" + BadInputApp.unique(), "displayName", "Bad Input",
                    "role", "ANALYST", "password", "")),
            List.of(other("username", BadInput.text()), text("displayName", "display_name", 100),
                    other("role", BadInput.enums()), other("password", BadInput.text())));

    @Property(tries = 250)
    void aNewUserRefusesBadInputBesideItsFieldOrStoresItAsSent(@ForAll("newUser") Form.Attack attack) {
        NEW_USER.check(attack, "form");
    }

    @Provide
    Arbitrary<Form.Attack> newUser() {
        return NEW_USER.attacks();
    }

    /** Changing an account answers with a notice, not a form: a refused change leaves the account as it was. */
    @Property(tries = 200)
    void changingAUserRefusesBadInputAndKeepsTheAccount(@ForAll("userChange") String field, @ForAll("anything") String value) {
        BadInputApp.tried("POST /admin/users/{id}");
        long id = app.jdbc.sql("select id from app_user where username = 'bad-input-change'").query(Long.class)
                .optional().orElseGet(() -> {
                    app.post(As.ADMIN, "/admin/users", Map.of("username", "bad-input-change",
                            "displayName", "Changed", "role", "ANALYST"));
                    return app.jdbc.sql("select id from app_user where username = 'bad-input-change'")
                            .query(Long.class).single();
                });
        String before = account(id);
        var input = new HashMap<>(Map.of("displayName", "Changed", "role", "ANALYST", "enabled", "true"));
        input.put(field, value);

        var result = app.post(As.ADMIN, "/admin/users/" + id, input);

        BadInputApp.noServerError(result);
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        if (field.equals("displayName") && (value.isBlank() || value.length() > 100 || BadInput.hasControl(value))) {
            assertThat(account(id)).as("a refused change keeps the account").isEqualTo(before);
        }
        if (field.equals("displayName") && !account(id).equals(before)) {
            assertThat(account(id)).startsWith(value.trim() + "/");
        }
    }

    private String account(long id) {
        return app.jdbc.sql("select display_name || '/' || role || '/' || enabled from app_user where id = :id")
                .param("id", id).query(String.class).single();
    }

    @Provide
    Arbitrary<String> userChange() {
        return Arbitraries.of("displayName", "role", "enabled");
    }

    @Provide
    Arbitrary<String> anything() {
        return BadInput.anything();
    }

    /**
     * Changing one's own password: whatever arrives in any of the three fields, the form comes back with an error
     * beside a field (the current password sent never matches) and the password stays as it was.
     */
    @Property(tries = 150)
    void changingOnesOwnPasswordRefusesBadInputBesideItsField(@ForAll("passwordField") String field,
            @ForAll("anything") String value) {
        BadInputApp.tried("POST /account/password");
        String before = app.jdbc.sql("select password_hash from app_user where username = 'analyst'").query(String.class).single();
        var input = new HashMap<>(Map.of("current", "not the current password", "password", "A-good-new-password-1",
                "repeat", "A-good-new-password-1"));
        input.put(field, value);

        var result = app.post(As.ANALYST, "/account/password", input);

        BadInputApp.noServerError(result);
        Form.clearMessages(BadInputApp.body(result));
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(BadInputApp.errors(result, "form").hasFieldErrors()).isTrue();
        assertThat(app.jdbc.sql("select password_hash from app_user where username = 'analyst'").query(String.class).single())
                .as("the password is unchanged").isEqualTo(before);
    }

    @Provide
    Arbitrary<String> passwordField() {
        return Arbitraries.of("current", "password", "repeat");
    }

    /** A token's name: refused with a notice, or stored stripped; blank names get the default name. */
    @Property(tries = 200)
    void aTokenNameIsRefusedWithANoticeOrStoredAsSent(@ForAll("anything") String name) {
        BadInputApp.tried("POST /account/tokens");
        long newest = app.jdbc.sql("select coalesce(max(id), 0) from api_token").query(Long.class).single();

        var result = app.post(As.ANALYST, "/account/tokens", Map.of("name", name));

        BadInputApp.noServerError(result);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String body = BadInputApp.body(result);
        Form.noRawMarkup(body, name);
        var stored = app.jdbc.sql("select name from api_token where id > :id").param("id", newest).query(String.class).list();
        String label = name.strip();
        if (!name.isBlank() && (label.length() > 100 || BadInput.hasControl(label))) {
            assertThat(stored).as("a refused name stores no token").isEmpty();
            assertThat(body).contains("class=\"alert notice\"");
        }
        else {
            assertThat(stored).containsExactly(name.isBlank() ? "API token" : label);
            assertThat(body).contains(BadInput.escaped(name.isBlank() ? "API token" : label));
        }
    }

    /** Sign-in with any user name and password fails back to the sign-in page, never with a server error. */
    @Property(tries = 200)
    void signingInWithBadInputFailsBackToTheSignInPage(@ForAll("anything") String username, @ForAll("anything") String password) {
        BadInputApp.tried("POST /login");
        var result = app.perform(MockMvcRequestBuilders.post("/login").with(csrf())
                .param("username", username).param("password", password));

        BadInputApp.noServerError(result);
        assertThat(result.getResponse().getRedirectedUrl()).isIn("/login?error", "/login?locked");
        var page = app.perform(MockMvcRequestBuilders.get("/login").param("error", ""));
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
    }

    /** The import page takes any file: refused with the problems listed and nothing stored, never a server error. */
    @Property(tries = 200)
    void theImportPageRefusesBadFilesAndStoresNothing(@ForAll("bundles") String content) {
        BadInputApp.tried("POST /bundles/import");
        int deals = app.count("deal");
        var file = new MockMultipartFile("file", "bundle.json", "application/json",
                content.getBytes(StandardCharsets.UTF_8));

        // as an admin, so that the bundles' grades are checked too (an editor's import refuses any grade)
        var result = app.perform(MockMvcRequestBuilders.multipart("/bundles/import").file(file).with(csrf())
                .with(As.ADMIN.user()));

        BadInputApp.noServerError(result);
        String body = BadInputApp.body(result);
        Form.noRawMarkup(body, content);
        if (result.getResponse().getStatus() != 200) {
            assertThat(result.getResponse().getStatus()).isIn(413, 422);
            assertThat(body).containsAnyOf("Nothing was imported", "Choose a bundle file");
            assertThat(app.count("deal")).as("nothing stored").isEqualTo(deals);
        }
    }

    @Provide
    Arbitrary<String> bundles() {
        return Bundles.bodies();
    }
}
