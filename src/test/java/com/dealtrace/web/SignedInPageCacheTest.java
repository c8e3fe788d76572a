package com.dealtrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.dealtrace.change.ContentVersion;
import com.dealtrace.security.Role;
import com.dealtrace.security.UserAccounts;
import com.dealtrace.support.As;
import com.dealtrace.support.RowsAdded;
import com.dealtrace.support.TestDatabaseConfiguration;
import com.dealtrace.support.WebSession;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Signed-in readers of one role share kept pages, over real HTTP, and yet no reader ever sees another's name or
 * token, nor a page kept for another role; an edit is seen by every role at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dealtrace.page-cache.enabled=true")
@ActiveProfiles("demo")
@Import(TestDatabaseConfiguration.class)
@ExtendWith(RowsAdded.EachTest.class)
class SignedInPageCacheTest {

    private static final String DEAL = "/deals/microsoft-mistral-ai-partnership";
    private static final Pattern LOGOUT_TOKEN = Pattern.compile("action=\"/logout\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ContentVersion version;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** Rows another test removed change the version at the next poll: read it now, not in the middle of a test. */
    @BeforeEach
    void readTheVersion() {
        version.refresh();
    }

    @Test
    void twoAnalystsShareThePageEachWithTheirOwnNameAndAWorkingToken() {
        var first = WebSession.as(As.ANALYST, port);
        var second = signedIn(Role.ANALYST);

        var firstPage = first.get(DEAL + "/timeline");
        var secondPage = second.session().get(DEAL + "/timeline");

        assertThat(firstPage.header("X-Page-Cache")).hasValue("miss");
        assertThat(secondPage.header("X-Page-Cache")).hasValue("hit");
        assertThat(secondPage.body()).contains("data-who>" + second.name() + "</strong>")
                .doesNotContain("data-who>analyst</strong>")
                .doesNotContain(token(firstPage.body()));
        assertThat(firstPage.body().length()).isCloseTo(secondPage.body().length(), org.assertj.core.data.Offset.offset(40));
        var signOut = second.session().post("/logout", Map.of("_csrf", token(secondPage.body())));
        assertThat(signOut.status()).isEqualTo(302);
        assertThat(signOut.header("Location")).hasValueSatisfying(l -> assertThat(l).contains("signed-out"));
    }

    @Test
    void aPageKeptForOneRoleIsNeverServedToAnotherOrToAnonymousReaders() {
        WebSession.as(As.ANALYST, port).get("/deals");
        WebSession.as(As.ANALYST, port).get("/deals");

        var anonymous = new WebSession(port).get("/deals");
        var admin = WebSession.as(As.ADMIN, port).get("/deals");

        assertThat(anonymous.body()).doesNotContain("data-who", "Sign out");
        assertThat(admin.header("X-Page-Cache")).hasValue("miss");
        assertThat(admin.body()).contains("data-who>admin</strong>", "href=\"/admin/users\"");
    }

    @Test
    void anEditorsPageWithFormsOfTheirOwnIsNotShared() {
        var editor = WebSession.as(As.EDITOR, port);
        editor.get(DEAL + "/edit");
        var again = editor.get(DEAL + "/edit");

        assertThat(again.body()).contains("name=\"version\"");
        assertThat(again.header("X-Page-Cache")).isNotEqualTo(java.util.Optional.of("hit"));
        editor.get("/parties");
        assertThat(editor.get("/parties").header("X-Page-Cache")).hasValue("hit");
    }

    /**
     * The deal header's publish and delete forms and the timeline's row actions are the same for every editor (only
     * the CSRF token differs, and it is put in when served): two editors share the timeline, each gets forms that work
     * with their own session and none holds the other's token.
     */
    @Test
    void editorsShareATimelineWhoseRowActionsWorkWithTheirOwnToken() {
        long event = jdbc.sql("""
                        insert into event (deal_id, occurred_on, date_precision, kind, title)
                        select id, date '2024-03-01', 'DAY', 'STATEMENT', 'Shared row actions check' from deal
                        where slug = 'microsoft-mistral-ai-partnership' returning id""").query(Long.class).single();
        version.refresh();
        var first = signedIn(Role.EDITOR);
        var second = signedIn(Role.EDITOR);

        var firstPage = first.session().get(DEAL + "/timeline");
        var secondPage = second.session().get(DEAL + "/timeline");

        assertThat(firstPage.body()).contains("/delete\"", "data-shared-form");
        assertThat(secondPage.header("X-Page-Cache")).hasValue("hit");
        String firstToken = token(firstPage.body());
        String secondToken = token(secondPage.body());
        assertThat(secondPage.body()).doesNotContain(firstToken).contains("data-who>" + second.name() + "</strong>");
        var deleteForm = Pattern.compile("action=\"(/events/" + event + "/delete)\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(secondPage.body());
        assertThat(deleteForm.find()).isTrue();
        assertThat(deleteForm.group(2)).isEqualTo(secondToken);

        var deleted = second.session().post(deleteForm.group(1), Map.of("_csrf", deleteForm.group(2)));

        assertThat(deleted.status()).isEqualTo(302);
        var afterwards = first.session().get(DEAL + "/timeline");
        assertThat(afterwards.header("X-Page-Cache")).hasValue("miss");
        assertThat(afterwards.body()).doesNotContain("action=\"" + deleteForm.group(1) + "\"");
    }

    @Test
    void anEditIsSeenByEveryRoleAtOnce() {
        var analyst = WebSession.as(As.ANALYST, port);
        analyst.get(DEAL);
        assertThat(analyst.get(DEAL).header("X-Page-Cache")).hasValue("hit");

        var admin = WebSession.as(As.ADMIN, port);
        var graded = admin.post(DEAL + "/grade", Map.of("score", "0.92", "rationale", "Cache check.",
                "_csrf", admin.csrfToken(DEAL + "/sources")));
        assertThat(graded.status()).isEqualTo(302);

        var after = analyst.get(DEAL);
        assertThat(after.header("X-Page-Cache")).hasValue("miss");
        assertThat(after.body()).contains("92 %");
        assertThat(new WebSession(port).get(DEAL).body()).contains("92 %");
    }

    @Test
    void readersSharingAPageEachSeeTheirOwnUnreadCount() {
        var follower = signedIn(Role.ANALYST);
        var other = signedIn(Role.ANALYST);
        var followed = follower.session().post("/account/following/deals/microsoft-mistral-ai-partnership",
                Map.of("_csrf", token(follower.session().get("/parties").body())));
        assertThat(followed.status()).isEqualTo(302);
        assertThat(follower.session().get("/deals/microsoft-mistral-ai-partnership").body()).contains("You follow this deal");
        jdbc.sql("""
                        insert into change_log (entity, entity_id, deal_id, action, summary, changed_by)
                        select 'DEAL', id, id, 'UPDATED', 'Cache count check', 'editor' from deal
                        where slug = 'microsoft-mistral-ai-partnership'""").update();
        version.refresh();

        var othersPage = other.session().get("/sources");
        var followersPage = follower.session().get("/sources");
        var othersAgain = other.session().get("/sources");

        assertThat(othersPage.header("X-Page-Cache")).hasValue("miss");
        assertThat(followersPage.header("X-Page-Cache")).hasValue("hit");
        assertThat(othersAgain.header("X-Page-Cache")).hasValue("hit");
        assertThat(othersPage.body()).contains("data-inbox>0<");
        assertThat(followersPage.body()).contains("data-inbox>1<").contains("data-who>" + follower.name() + "</strong>");
        assertThat(othersAgain.body()).contains("data-inbox>0<");
        assertThat(follower.session().get("/account/inbox").body()).contains("Cache count check");
    }

    @Test
    void anEditorsPageWhoseOnlyOtherFormFollowsItIsShared() {
        var editor = WebSession.as(As.EDITOR, port);
        var first = editor.get("/parties/microsoft");
        var again = editor.get("/parties/microsoft");

        assertThat(first.body()).contains("action=\"/account/following/parties/microsoft\"");
        assertThat(again.header("X-Page-Cache")).hasValue("hit");
        assertThat(editor.get("/account/following").header("X-Page-Cache")).isEmpty();
    }

    @Test
    void accountPagesAreNeverShared() {
        var analyst = WebSession.as(As.ANALYST, port);
        analyst.get("/account/tokens");

        assertThat(analyst.get("/account/tokens").header("X-Page-Cache")).isEmpty();
    }

    private record User(String name, WebSession session) {
    }

    private User signedIn(Role role) {
        String name = "r" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        accounts.create(name, "Reader " + name, role, password);
        var session = new WebSession(port);
        session.signIn(name, password);
        return new User(name, session);
    }

    private static String token(String html) {
        var matcher = LOGOUT_TOKEN.matcher(html);
        assertThat(matcher.find()).as("a sign-out form with its token").isTrue();
        return matcher.group(1);
    }
}
