package com.dealtrace.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests every route as anonymous, analyst, editor and admin and checks the status each gets: the pages
 * (200), a redirect to the login page (302), forbidden (403), or a form sent back with its errors (422).
 */
@DealtraceTest
@Transactional
class RoleMatrixTest {

    private static final String DEAL = "/deals/microsoft-mistral-ai-partnership";
    private static final int LOGIN = 302;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    static Stream<Arguments> routes() {
        List<Arguments> routes = new ArrayList<>();
        // path, method, anonymous, analyst, editor, admin
        for (String page : List.of("/", "/deals", DEAL, DEAL + "/timeline", DEAL + "/sources", "/parties",
                "/parties/microsoft", "/cases", "/cases/cma-microsoft-mistral-ai", "/sources", "/sources/{source}",
                "/login", "/search?q=mistral", "/deals.csv", DEAL + "/sources.csv", "/feeds/events.atom", DEAL + "/events.atom",
                "/parties/uk-cma/events.atom")) {
            routes.add(Arguments.of(HttpMethod.GET, page, 200, 200, 200, 200));
        }
        routes.add(Arguments.of(HttpMethod.GET, DEAL + "/history", LOGIN, 200, 200, 200));
        routes.add(Arguments.of(HttpMethod.GET, DEAL + "/bundle.json", LOGIN, 200, 200, 200));
        routes.add(Arguments.of(HttpMethod.GET, "/account/tokens", LOGIN, 200, 200, 200));
        routes.add(Arguments.of(HttpMethod.POST, "/account/tokens", LOGIN, 200, 200, 200));
        // following and the inbox: every signed-in user, for themselves
        routes.add(Arguments.of(HttpMethod.GET, "/account/inbox", LOGIN, 200, 200, 200));
        routes.add(Arguments.of(HttpMethod.GET, "/account/following", LOGIN, 200, 200, 200));
        routes.add(Arguments.of(HttpMethod.POST, "/account/following/deals/microsoft-mistral-ai-partnership", LOGIN, 302, 302, 302));
        routes.add(Arguments.of(HttpMethod.POST, "/account/following/parties/uk-cma", LOGIN, 302, 302, 302));
        routes.add(Arguments.of(HttpMethod.POST, "/account/following/searches", LOGIN, 422, 422, 422));
        routes.add(Arguments.of(HttpMethod.POST, "/account/inbox/read", LOGIN, 302, 302, 302));
        routes.add(Arguments.of(HttpMethod.POST, "/account/inbox/settings", LOGIN, 422, 422, 422));
        routes.add(Arguments.of(HttpMethod.GET, "/feeds/inbox/di_unknown.atom", 404, 404, 404, 404));
        routes.add(Arguments.of(HttpMethod.GET, "/bundles/import", LOGIN, 403, 200, 200));
        routes.add(Arguments.of(HttpMethod.POST, "/bundles/import", LOGIN, 403, 422, 422));
        for (String page : List.of("/deals/new", DEAL + "/edit", DEAL + "/events/new", "/events/{event}/edit",
                "/sources/new", "/sources/{source}/edit", "/parties/new", "/parties/microsoft/edit", "/cases/new",
                "/cases/cma-microsoft-mistral-ai/edit")) {
            routes.add(Arguments.of(HttpMethod.GET, page, LOGIN, 403, 200, 200));
        }
        for (String page : List.of("/admin/users", "/admin/weights", "/admin/deals/deleted", "/admin/tokens",
                "/admin/disputes", "/admin/proposals")) {
            routes.add(Arguments.of(HttpMethod.GET, page, LOGIN, 403, 403, 200));
        }
        // empty forms: editors and admins get them back with errors
        for (String form : List.of("/deals/new", DEAL + "/edit", DEAL + "/events/new", "/events/{event}/edit",
                "/sources/new", "/sources/{source}/edit", "/parties/new", "/parties/microsoft/edit", "/cases/new",
                "/cases/cma-microsoft-mistral-ai/edit")) {
            routes.add(Arguments.of(HttpMethod.POST, form, LOGIN, 403, 422, 422));
        }
        routes.add(Arguments.of(HttpMethod.POST, DEAL + "/publish", LOGIN, 403, 302, 302));
        routes.add(Arguments.of(HttpMethod.POST, DEAL + "/unpublish", LOGIN, 403, 302, 302));
        routes.add(Arguments.of(HttpMethod.POST, DEAL + "/delete", LOGIN, 403, 302, 302));
        routes.add(Arguments.of(HttpMethod.POST, "/events/{event}/delete", LOGIN, 403, 302, 302));
        routes.add(Arguments.of(HttpMethod.POST, DEAL + "/grade", LOGIN, 403, 403, 422));
        routes.add(Arguments.of(HttpMethod.POST, "/admin/weights", LOGIN, 403, 403, 422));
        routes.add(Arguments.of(HttpMethod.POST, "/admin/users", LOGIN, 403, 403, 422));
        routes.add(Arguments.of(HttpMethod.POST, "/admin/users/{user}/password", LOGIN, 403, 403, 200));
        routes.add(Arguments.of(HttpMethod.POST, "/admin/deals/microsoft-mistral-ai-partnership/restore", LOGIN, 403, 403, 302));
        // disputes are resolved by editors, with a note; grades are reviewed and two-person grading set by admins
        routes.add(Arguments.of(HttpMethod.GET, "/events/{event}/resolve", LOGIN, 403, 200, 200));
        routes.add(Arguments.of(HttpMethod.POST, "/events/{event}/resolve", LOGIN, 403, 422, 422));
        routes.add(Arguments.of(HttpMethod.POST, "/admin/proposals/1", LOGIN, 403, 403, 422));
        routes.add(Arguments.of(HttpMethod.POST, "/admin/grading", LOGIN, 403, 403, 302));
        return routes.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void everyRouteAnswersEachRoleAsTheRoleMatrixSays(HttpMethod method, String path, int anonymous, int analyst,
            int editor, int admin) {
        String url = path
                .replace("{source}", id("select min(id) from source"))
                .replace("{event}", id("select min(id) from event"))
                .replace("{user}", id("select min(id) from app_user"));
        int[] expected = {anonymous, analyst, editor, admin};
        for (As as : As.values()) {
            var request = method == HttpMethod.GET ? mvc.get().uri(url) : mvc.post().uri(url).with(csrf());
            var result = request.with(as.user()).exchange();
            assertThat(result.getResponse().getStatus()).as("%s %s as %s", method, url, as).isEqualTo(expected[as.ordinal()]);
            if (expected[as.ordinal()] == LOGIN && as == As.ANONYMOUS) {
                assertThat(result.getResponse().getRedirectedUrl()).as(url).endsWith("/login");
            }
        }
    }

    private String id(String sql) {
        return String.valueOf(jdbc.sql(sql).query(Long.class).single());
    }
}
