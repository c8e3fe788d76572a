package com.dealtrace.api;

import java.util.List;
import java.util.Map;

import com.dealtrace.security.ApiTokens;
import com.dealtrace.security.Viewer;
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

@DealtraceTest
@Transactional
class ApiTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void withoutATokenTheApiAnswersAProblem() {
        var result = mvc.get().uri("/api/v1/deals").exchange();

        assertThat(result).hasStatus(401).hasContentType("application/problem+json");
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(401);
        assertThat(mvc.get().uri("/api/v1/deals").header(HttpHeaders.AUTHORIZATION, "Bearer dt_forged").exchange()).hasStatus(401);
    }

    @Test
    void aPartyWithTwoRolesKeepsTheNoteOfEachRole() {
        var deal = get("/api/v1/deals/microsoft-mistral-ai-partnership", tokens.create("analyst", "test"));

        assertThat(deal).hasStatusOk();
        assertThat(deal).bodyJson().extractingPath("$.deal.participants[0].notes").isEqualTo(List.of(
                Map.of("role", "INVESTOR", "note", "Holds the EUR 15 m convertible note."),
                Map.of("role", "DISTRIBUTOR", "note", "Sells Mistral models through Azure AI.")));
    }

    @Test
    void anAnalystsTokenReadsDealsWithTheListFilters() {
        String token = tokens.create("analyst", "test");

        var list = get("/api/v1/deals?type=PARTNERSHIP", token);
        assertThat(list).hasStatusOk();
        assertThat(list).bodyJson().extractingPath("$.total").isEqualTo(1);
        assertThat(list).bodyJson().extractingPath("$.deals[0].slug").isEqualTo("microsoft-mistral-ai-partnership");

        var deal = get("/api/v1/deals/microsoft-mistral-ai-partnership", token);
        assertThat(deal).hasStatusOk();
        assertThat(deal).bodyJson().extractingPath("$.deal.participants.length()").isEqualTo(6);
        assertThat(deal).bodyJson().extractingPath("$.events.length()").isEqualTo(8);
        assertThat(deal).bodyJson().extractingPath("$.sources.length()").isEqualTo(9);
        assertThat(deal).bodyJson().extractingPath("$.grades[0].score").isEqualTo(0.94);
        assertThat(deal).bodyJson().extractingPath("$.events[0].date.precision").isEqualTo("MONTH");

        assertThat(get("/api/v1/parties/microsoft", token)).hasStatusOk().bodyJson().extractingPath("$.name").isEqualTo("Microsoft");
        assertThat(get("/api/v1/sources?risk=MEDIUM", token)).hasStatusOk().bodyJson().extractingPath("$.total").isEqualTo(3);
        assertThat(get("/api/v1/cases/cma-microsoft-mistral-ai", token)).hasStatusOk().bodyJson()
                .extractingPath("$.summary.outcome").isEqualTo("DOES_NOT_QUALIFY");
    }

    @Test
    void errorsAreProblemDetails() {
        String token = tokens.create("analyst", "test");

        assertThat(get("/api/v1/deals/nope", token)).hasStatus(404).hasContentType("application/problem+json");
        var bad = get("/api/v1/deals?from=yesterday", token);
        assertThat(bad).hasStatus(400).hasContentType("application/problem+json");
        assertThat(bad).bodyJson().extractingPath("$.errors[0].parameter").isEqualTo("from");
        assertThat(get("/api/v1/deals?page=0", token)).hasStatus(400).bodyJson().extractingPath("$.errors[0].parameter").isEqualTo("page");
        assertThat(get("/api/v1/cases?status=WHATEVER", token)).hasStatus(400).hasContentType("application/problem+json");
    }

    @Test
    void anAnalystsTokenCannotWriteAndARevokedTokenNoLongerWorks() {
        String token = tokens.create("analyst", "test");
        var write = mvc.post().uri("/api/v1/bundles").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType("application/json").content("{}").exchange();
        assertThat(write).hasStatus(403).hasContentType("application/problem+json");

        long id = jdbc.sql("select max(id) from api_token").query(Long.class).single();
        tokens.revoke(id, new Viewer("analyst", true, false, false));
        assertThat(get("/api/v1/deals", token)).hasStatus(401);
    }

    @Test
    void tokensAreStoredHashedAndShownOnce() {
        String token = tokens.create("editor", "nightly");

        assertThat(token).startsWith("dt_").hasSize(35);
        assertThat(jdbc.sql("select token_hash from api_token where name = 'nightly'").query(String.class).single())
                .hasSize(64).doesNotContain(token.substring(3));
        assertThat(mvc.get().uri("/account/tokens").with(As.EDITOR.user()).exchange()).bodyText()
                .contains("nightly", "never").doesNotContain(token);
    }

    @Test
    void usersCreateAndRevokeTheirOwnTokensOnly() {
        var created = mvc.post().uri("/account/tokens").param("name", "mine").with(csrf()).with(As.EDITOR.user()).exchange();
        assertThat(created).hasStatusOk().bodyText().containsPattern("<code class=\"secret\">dt_[A-Za-z0-9]{32}</code>");
        long id = jdbc.sql("select id from api_token where name = 'mine'").query(Long.class).single();

        assertThat(mvc.post().uri("/account/tokens/" + id + "/revoke").with(csrf()).with(As.ANALYST.user()).exchange())
                .hasStatus(404);
        assertThat(mvc.post().uri("/account/tokens/" + id + "/revoke").with(csrf()).with(As.EDITOR.user()).exchange())
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("select revoked_at is not null from api_token where id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void addressesAndMethodsTheApiDoesNotKnowAreProblemsToo() {
        String token = tokens.create("analyst", "test");

        var unknown = get("/api/v1/nothing/here", token);
        assertThat(unknown).hasStatus(404).hasContentType("application/problem+json");
        assertThat(unknown).bodyJson().extractingPath("$.status").isEqualTo(404);
        String editorToken = tokens.create("editor", "test");
        var wrongMethod = mvc.delete().uri("/api/v1/deals").header(HttpHeaders.AUTHORIZATION, "Bearer " + editorToken)
                .exchange();
        assertThat(wrongMethod).hasStatus(405).hasContentType("application/problem+json");
        // pages keep their HTML error page (ErrorPagesTest checks it over real HTTP)
        assertThat(mvc.get().uri("/nothing/here").exchange().getResponse().getContentType()).isNull();
    }

    @Test
    void theOpenApiDescriptionIsServedWithoutAToken() {
        assertThat(mvc.get().uri("/api/v1/openapi.json").exchange()).hasStatusOk().bodyJson()
                .extractingPath("$.openapi").isEqualTo("3.1.0");
    }

    @Test
    void theApiListsPageByCursorWithNextAndPreviousAddresses() throws Exception {
        jdbc.sql("""
                insert into deal (slug, title, type, status, announced_on, state)
                select 'api-page-' || n, 'Api page ' || n, 'PARTNERSHIP', 'ANNOUNCED', date '2020-01-01' + n % 5, 'PUBLISHED'
                from generate_series(1, 45) n""").update();
        String token = tokens.create("analyst", "test");
        var mapper = tools.jackson.databind.json.JsonMapper.builder().build();

        java.util.List<String> seen = new java.util.ArrayList<>();
        String address = "/api/v1/deals?q=api%20page&sort=ANNOUNCED&reverse=true";
        String third = null;
        while (address != null) {
            var page = mapper.readTree(mvc.get().uri(java.net.URI.create(address))
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange().getResponse().getContentAsString());
            page.get("deals").forEach(deal -> seen.add(deal.get("slug").asString()));
            if (page.get("page").asInt() == 3) {
                third = address;
                assertThat(page.get("previous").asString()).contains("page=2", "before=api-page-");
            }
            address = page.has("next") ? page.get("next").asString() : null;
        }
        assertThat(seen).hasSize(45).doesNotHaveDuplicates();
        assertThat(third).contains("page=3", "after=api-page-");
        assertThat(get("/api/v1/deals?after=%3Cscript%3E", token)).hasStatus(400).hasContentType("application/problem+json");
        assertThat(get("/api/v1/cases?after=%3Cscript%3E", token)).hasStatus(400).hasContentType("application/problem+json");
    }

    private MvcTestResult get(String url, String token) {
        return mvc.get().uri(url).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }
}
