package com.dealtrace.badinput;

import static com.dealtrace.badinput.Form.other;
import static com.dealtrace.badinput.Form.text;
import static org.assertj.core.api.Assertions.assertThat;

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

/** Following, saving a search, the inbox's marks, digest settings and the private feed under bad values. */
class FollowFormProperties {

    private final BadInputApp app = BadInputApp.get();
    private RowsAdded rows;
    private long newestFollow;

    @BeforeProperty
    void noteTheNewestRows() {
        rows = new RowsAdded(app.jdbc);
        newestFollow = app.jdbc.sql("select coalesce(max(id), 0) from follow").query(Long.class).single();
    }

    @AfterProperty
    void removeWhatTheTriesSaved() {
        app.jdbc.sql("delete from follow where id > :id").param("id", newestFollow).update();
        app.jdbc.sql("delete from inbox_state").update();
        app.jdbc.sql("delete from inbox_read").update();
        rows.remove();
    }

    @AfterContainer
    static void reportTries() {
        BadInputApp.reportTries();
    }

    private static final Form SAVE_SEARCH = new Form("POST /account/following/searches", As.ANALYST,
            "/account/following/searches", "follow",
            () -> new HashMap<>(Map.of("kind", "DEALS", "name", "Bad input search", "q", "mistral")),
            List.of(text("name", "search_name", 100), text("q", "q", 200), text("party", "party", 200),
                    text("region", "region", 200), other("kind", BadInput.enums()), other("type", BadInput.enums()),
                    other("status", BadInput.enums()), other("grade", BadInput.enums()), other("from", BadInput.dates()),
                    other("to", BadInput.dates())));

    /** A saved search: refused with the error beside its field and nothing saved, or saved as sent and shown escaped. */
    @Property(tries = 400)
    void savingASearchRefusesBadInputBesideItsFieldOrStoresItAsSent(@ForAll("saveSearch") Form.Attack attack) {
        SAVE_SEARCH.check(attack);
    }

    @Provide
    Arbitrary<Form.Attack> saveSearch() {
        return SAVE_SEARCH.attacks();
    }

    /** Digest settings: any address or choice is refused beside its field or stored; never a server error. */
    @Property(tries = 300)
    void digestSettingsRefuseBadInputBesideTheirField(@ForAll("settingsField") String field, @ForAll("anything") String value) {
        BadInputApp.tried("POST /account/inbox/settings");
        var input = new HashMap<>(Map.of("email", "analyst@example.org", "digest", "DAILY"));
        input.put(field, value);

        var result = app.post(As.ANALYST, "/account/inbox/settings", input);

        BadInputApp.noServerError(result);
        String body = BadInputApp.body(result);
        Form.noRawMarkup(body, value);
        Form.clearMessages(body);
        int status = result.getResponse().getStatus();
        if (status == 422) {
            assertThat(BadInputApp.errors(result, "form").hasFieldErrors(field)).as("an error beside " + field).isTrue();
        }
        else {
            assertThat(status).isEqualTo(302);
            String stored = app.jdbc.sql("""
                            select s.email || ' ' || s.digest from inbox_state s join app_user u on u.id = s.user_id
                            where u.username = 'analyst'""").query(String.class).single();
            assertThat(stored).isEqualTo("email".equals(field) ? value.strip() + " DAILY" : "analyst@example.org " + value);
        }
    }

    @Provide
    Arbitrary<String> settingsField() {
        return Arbitraries.of("email", "digest");
    }

    @Provide
    Arbitrary<String> anything() {
        return BadInput.anything();
    }

    /**
     * The addresses that carry a value in their path — following a deal or party, unfollowing, marking a change
     * read, a private feed's token — with anything in it: a redirect or a 4xx, never a server error.
     */
    @Property(tries = 300)
    void addressesWithBadValuesAnswerWithoutAServerError(@ForAll("paths") String path, @ForAll("anything") String value) {
        String encoded = java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        String url = path.replace("{x}", encoded);
        BadInputApp.tried((path.startsWith("/feeds") ? "GET " : "POST ") + path.replace("{x}", "{value}"));

        var result = path.startsWith("/feeds") ? app.get(As.ANONYMOUS, url, Map.of())
                : app.post(As.ANALYST, url, Map.of("upTo", value));

        BadInputApp.noServerError(result);
        Form.noRawMarkup(BadInputApp.body(result), value);
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of("/account/following/deals/{x}", "/account/following/parties/{x}",
                "/account/following/{x}/delete", "/account/inbox/{x}/read", "/account/inbox/read",
                "/feeds/inbox/{x}.atom", "/feeds/inbox/di_{x}.atom");
    }
}
