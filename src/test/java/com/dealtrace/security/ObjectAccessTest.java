package com.dealtrace.security;

import java.util.List;

import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Insecure direct object references: knowing a slug or an id must not open what the role may not see. Every route
 * that names a deal, one of its events or a token is tried with the address of something hidden from the caller.
 * Drafts are shared by all editors (the spec gives editors the drafts, not one editor's own), so the editor check
 * is that editors do reach them while analysts and anonymous readers reach nothing.
 */
@DealtraceTest
@Transactional
class ObjectAccessTest {

    private static final String SLUG = "asml-mistral-ai-series-c";
    /** The deal's title as HTML and CSV write it; the Microsoft–Mistral timeline has an event about the same round. */
    private static final String[] TRACES = {SLUG, "Mistral AI&#39;s EUR 1.7 bn", "Mistral AI's EUR 1.7 bn"};

    /** Every address that shows one deal or something of it, on the pages and in the API. */
    private static final List<String> DEAL_ROUTES = List.of("/deals/" + SLUG, "/deals/" + SLUG + "/timeline",
            "/deals/" + SLUG + "/sources", "/deals/" + SLUG + "/sources.csv", "/deals/" + SLUG + "/history",
            "/deals/" + SLUG + "/bundle.json");

    /** Feed readers do not sign in, so a deal's feed exists only while the deal is public and published. */
    private static final String FEED = "/deals/" + SLUG + "/events.atom";

    private static final List<String> API_ROUTES = List.of("/api/v1/deals/" + SLUG, "/api/v1/deals/" + SLUG + "/bundle");

    /** Pages that list deals or their events: a hidden deal must not show up in them either. */
    private static final List<String> LISTS = List.of("/", "/deals", "/deals.csv", "/search?q=ASML", "/search?q=Series",
            "/parties/asml", "/parties/asml/network", "/parties/mistral-ai", "/feeds/events.atom",
            "/parties/asml/events.atom");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Test
    void aDraftIsReachedByNoAnalystThroughAnyAddressButByEveryEditor() {
        jdbc.sql("update deal set state = 'DRAFT' where slug = :slug").param("slug", SLUG).update();
        String analystToken = tokens.create("analyst", "idor");
        String editorToken = tokens.create("editor", "idor");

        for (String route : DEAL_ROUTES) {
            assertThat(status(route, As.ANONYMOUS)).as(route).isIn(302, 404);
            assertThat(status(route, As.ANALYST)).as(route).isEqualTo(404);
            assertThat(status(route, As.EDITOR)).as(route).isEqualTo(200);
        }
        for (String route : API_ROUTES) {
            assertThat(api(route, analystToken)).as(route).hasStatus(404).hasContentType("application/problem+json");
            assertThat(api(route, editorToken)).as(route).hasStatusOk();
        }
        assertThat(status(FEED, As.EDITOR)).isEqualTo(404);
        assertThat(api("/api/v1/deals?q=ASML", analystToken)).bodyText().doesNotContain(SLUG);
        for (String list : LISTS) {
            assertThat(mvc.get().uri(list).with(As.ANALYST.user()).exchange()).as(list).bodyText().doesNotContain(TRACES);
        }
    }

    @Test
    void aMembersOnlyDealIsReachedByNoAnonymousReaderThroughAnyAddress() {
        jdbc.sql("update deal set visibility = 'MEMBERS' where slug = :slug").param("slug", SLUG).update();

        for (String route : DEAL_ROUTES) {
            var anonymous = mvc.get().uri(route).with(As.ANONYMOUS.user()).exchange();
            assertThat(anonymous.getResponse().getStatus()).as(route).isIn(302, 401, 404);
            assertThat(anonymous).as(route).bodyText().doesNotContain(TRACES);
            assertThat(status(route, As.ANALYST)).as(route).isEqualTo(200);
        }
        assertThat(status(FEED, As.ANALYST)).isEqualTo(404);
        for (String list : LISTS) {
            var anonymous = mvc.get().uri(list).with(As.ANONYMOUS.user()).exchange();
            assertThat(anonymous).as(list).bodyText().doesNotContain(TRACES);
        }
    }

    @Test
    void aDeletedDealAndItsEventsAreClosedToEditorsUntilAnAdminRestoresIt() {
        jdbc.sql("update deal set deleted_at = now() where slug = :slug").param("slug", SLUG).update();
        long event = jdbc.sql("select e.id from event e join deal d on d.id = e.deal_id where d.slug = :slug limit 1")
                .param("slug", SLUG).query(Long.class).single();

        for (String route : DEAL_ROUTES) {
            assertThat(status(route, As.ADMIN)).as(route).isEqualTo(404);
        }
        assertThat(mvc.get().uri("/deals/" + SLUG + "/edit").with(As.EDITOR.user()).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/events/" + event + "/edit").with(As.EDITOR.user()).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/deals/" + SLUG + "/events/new").with(As.EDITOR.user()).exchange()).hasStatus(404);
        assertThat(mvc.post().uri("/deals/" + SLUG + "/grade").param("score", "0.5").param("rationale", "x")
                .with(csrf()).with(As.ADMIN.user()).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/admin/deals/deleted").with(As.ADMIN.user()).exchange()).bodyText().contains(SLUG);
    }

    @Test
    void oneUsersTokensAreNeitherListedNorRevocableByAnother() {
        tokens.create("editor", "editors-own");
        long id = jdbc.sql("select id from api_token where name = 'editors-own'").query(Long.class).single();

        assertThat(mvc.get().uri("/account/tokens").with(As.ANALYST.user()).exchange()).bodyText().doesNotContain("editors-own");
        assertThat(mvc.get().uri("/admin/tokens").with(As.EDITOR.user()).exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/account/tokens/" + id + "/revoke").with(csrf()).with(As.ANALYST.user()).exchange())
                .hasStatus(404);
        assertThat(jdbc.sql("select revoked_at is null from api_token where id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
        assertThat(mvc.get().uri("/admin/tokens").with(As.ADMIN.user()).exchange()).bodyText().contains("editors-own");
    }

    @Test
    void usersAreManagedByAdminsOnlyWhateverIdIsNamed() {
        long editor = jdbc.sql("select id from app_user where username = 'editor'").query(Long.class).single();

        for (As role : new As[] {As.ANALYST, As.EDITOR}) {
            assertThat(mvc.post().uri("/admin/users/" + editor).param("role", "ADMIN").with(csrf()).with(role.user())
                    .exchange()).as(role.name()).hasStatus(403);
            assertThat(mvc.post().uri("/admin/users/" + editor + "/password").with(csrf()).with(role.user()).exchange())
                    .as(role.name()).hasStatus(403);
        }
        assertThat(jdbc.sql("select role from app_user where id = :id").param("id", editor).query(String.class).single())
                .isEqualTo("EDITOR");
    }

    private int status(String route, As role) {
        return mvc.get().uri(route).with(role.user()).exchange().getResponse().getStatus();
    }

    private MvcTestResult api(String url, String token) {
        return mvc.get().uri(url).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }
}
