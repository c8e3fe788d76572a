package com.dealtrace.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.dealtrace.security.ApiTokens;
import com.dealtrace.security.Audience;
import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@DealtraceTest
@Transactional
class BundleTest {

    private static final String DEAL = "microsoft-mistral-ai-partnership";
    private static final String[] TABLES = {"change_log", "watch_item", "citation", "event", "confidence_assessment", "regulatory_case",
            "deal_participant", "deal_translation", "deal", "source", "party"};

    @Autowired
    MockMvcTester mvc;

    @Autowired
    BundleService bundles;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void exportThenImportIntoAnEmptyDatabaseGivesTheSamePages() {
        var pages = List.of("/deals/" + DEAL, "/deals/" + DEAL + "/timeline", "/deals/" + DEAL + "/sources",
                "/parties/uk-cma", "/parties/arthur-mensch", "/cases/cma-microsoft-mistral-ai");
        var before = pages.stream().map(this::page).toList();
        String bundle = json.writeValueAsString(bundles.export(DEAL, Audience.EDITOR));

        emptyTheDatabase();
        // the bundle carries grades, which only an admin imports
        var result = post(bundle, "admin");

        assertThat(result).hasStatus(201);
        assertThat(result).bodyJson().extractingPath("$.createdDeals[0]").isEqualTo(DEAL);
        var after = pages.stream().map(this::page).toList();
        for (int i = 0; i < pages.size(); i++) {
            // the grades are now the importing admin's, imported today: the grading lines alone differ
            assertThat(withoutGradingLines(after.get(i))).as(pages.get(i)).isEqualTo(withoutGradingLines(before.get(i)));
        }
        assertThat(after.get(2)).contains("imported by");
    }

    @Test
    void aRoundTripKeepsStancesDisputesAndThePolicyAndSuggestedScoreOfEachGrade() {
        jdbc.sql("""
                update citation set stance = 'CONTRADICTS', quote = 'No such terms.'
                where source_id = (select id from source where publisher_name = 'CNBC')
                  and event_id = (select id from event where title = 'Microsoft and Mistral AI announce a multi-year partnership')
                """).update();
        assertThat(mvc.post().uri("/deals/" + DEAL + "/grade").param("score", "0.91").param("rationale", "Round trip.")
                .with(csrf()).with(As.ADMIN.user()).exchange()).hasStatus3xxRedirection();
        var pages = List.of("/deals/" + DEAL, "/deals/" + DEAL + "/timeline", "/deals/" + DEAL + "/sources");
        var before = pages.stream().map(this::page).toList();
        assertThat(before.get(1)).contains("Disputed: a source contradicts this event.", "No such terms.");
        String bundle = json.writeValueAsString(bundles.export(DEAL, Audience.EDITOR));
        assertThat(bundle).contains("\"stance\":\"CONTRADICTS\"", "\"originClass\":\"DIRECT\"",
                "\"policyVersion\":1", "\"suggestedScore\":0.98");

        emptyTheDatabase();
        assertThat(post(bundle, "admin")).hasStatus(201);

        var after = pages.stream().map(this::page).toList();
        for (int i = 0; i < pages.size(); i++) {
            assertThat(withoutGradingLines(after.get(i))).as(pages.get(i)).isEqualTo(withoutGradingLines(before.get(i)));
        }
        assertThat(jdbc.sql("select policy_version || ' ' || suggested_score from confidence_assessment where rationale = 'Round trip.'")
                .query(String.class).single()).isEqualTo("1 0.98");
    }

    @Test
    void aBundleWrittenBeforeStancesImportsItsCitationsAsSupporting() {
        String bundle = json.writeValueAsString(bundles.export(DEAL, Audience.EDITOR))
                .replaceAll(",?\"(stance|originClass)\":\"[A-Z]+\"", "")
                .replaceAll(",?\"(policyVersion|suggestedScore)\":(null|[0-9.]+)", "");
        assertThat(bundle).doesNotContain("stance", "originClass", "policyVersion");

        emptyTheDatabase();

        assertThat(post(bundle, "admin")).hasStatus(201);
        assertThat(jdbc.sql("select string_agg(distinct stance, ',') from citation").query(String.class).single())
                .isEqualTo("SUPPORTS");
    }

    @Test
    void anUnknownStanceClassOrPolicyIsAProblemAtItsPathAndNothingIsImported() {
        String bundle = json.writeValueAsString(bundles.export(DEAL, Audience.EDITOR)).replace(DEAL, "other-deal")
                .replace("cma-microsoft-mistral-ai", "other-case")
                .replaceFirst("\"stance\":\"SUPPORTS\"", "\"stance\":\"DENIES\"")
                .replaceFirst("\"originClass\":\"[A-Z]+\"", "\"originClass\":\"GOSSIP\"")
                .replaceFirst("\"policyVersion\":null", "\"policyVersion\":7");
        var before = counts();

        var result = post(bundle, "admin");

        assertThat(result).hasStatus(422);
        assertThat(result).bodyJson().extractingPath("$.errors[*].path").asArray()
                .anySatisfy(path -> assertThat((String) path).matches("\\$\\.deals\\[0\\]\\.(events\\[\\d+\\]\\.)?citations\\[\\d+\\]\\.stance"))
                .anySatisfy(path -> assertThat((String) path).matches("\\$\\.deals\\[0\\]\\.(events\\[\\d+\\]\\.)?citations\\[\\d+\\]\\.originClass"))
                .contains("$.deals[0].grades[0].policyVersion");
        assertThat(counts()).as("nothing was imported").isEqualTo(before);
    }

    @Test
    void importingTheSameBundleTwiceChangesNothingTheSecondTime() {
        String bundle = json.writeValueAsString(bundles.export(DEAL, Audience.EDITOR)).replace(DEAL, "copied-deal")
                .replace("cma-microsoft-mistral-ai", "copied-case");
        var first = post(bundle, "admin");
        assertThat(first).hasStatus(201).bodyJson().extractingPath("$.createdDeals[0]").isEqualTo("copied-deal");
        // the copy has the demo deal's title and parties: it is added, and reported as looking like it
        assertThat(first).bodyJson().extractingPath("$.similarDeals[0].deal").isEqualTo("copied-deal");
        assertThat(first).bodyJson().extractingPath("$.similarDeals[0].like[0]").isEqualTo(DEAL);
        var counts = counts();

        var again = post(bundle, "admin");

        assertThat(again).hasStatus(200).bodyJson().extractingPath("$.existingDeals[0]").isEqualTo("copied-deal");
        assertThat(counts()).isEqualTo(counts);
        assertThat(jdbc.sql("select count(*) from source").query(Integer.class).single()).isEqualTo(9);
    }

    @Test
    void aBadBundleIsRefusedWholeWithEveryProblemAndItsPath() {
        var before = counts();
        String bundle = """
                {"format": "dealtrace-bundle", "version": 1,
                 "parties": [{"slug": "new-co", "name": "New Co", "kind": "COMPANY"}],
                 "sources": [{"url": "https://example.org/a", "title": "A", "publisher": "P", "publisherKind": "BLOG", "risk": "HIGH"},
                             {"url": "http://www.example.org/a/#x", "title": "A again", "publisher": "P", "publisherKind": "BLOG", "risk": "EXTREME"},
                             {"url": "javascript:alert(1)", "title": 7, "publisher": "P", "publisherKind": "BLOG", "risk": "LOW"}],
                 "deals": [{"slug": "Bad Slug", "title": "T", "type": "MERGER", "status": "ACTIVE",
                            "announcedOn": "2024-02-30", "amount": "lots",
                            "participants": [{"party": "nobody", "role": "PARTNER"}],
                            "events": [{"date": "2999-01-01", "kind": "FUNDING", "title": "Future",
                                        "citations": [{"url": "https://unknown.example/x"}]}],
                            "grades": [{"score": 1.5, "rationale": ""}]}]}
                """;

        var result = post(bundle, "admin");

        assertThat(result).hasStatus(422).hasContentType("application/problem+json");
        assertThat(result).bodyJson().extractingPath("$.errors[*].path").asArray().contains("$.sources[1].url", "$.sources[1].risk", "$.sources[2].url", "$.sources[2].title",
                "$.deals[0].slug", "$.deals[0].type", "$.deals[0].announcedOn", "$.deals[0].amount",
                "$.deals[0].participants[0].party", "$.deals[0].events[0].date", "$.deals[0].events[0].citations[0].url",
                "$.deals[0].grades[0].score", "$.deals[0].grades[0].rationale");
        assertThat(counts()).as("nothing was imported").isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from party where slug = 'new-co'").query(Integer.class).single()).isZero();
    }

    @Test
    void malformedOrOversizedBodiesAreRefused() {
        assertThat(post("{\"format\": ")).hasStatus(400).hasContentType("application/problem+json")
                .bodyJson().extractingPath("$.detail").asString().startsWith("The body is not valid JSON");
        assertThat(post("[1, 2]")).hasStatus(422).bodyJson().extractingPath("$.errors[0].path").isEqualTo("$");
        assertThat(post("{} trailing")).hasStatus(400);
        String big = "{\"format\": \"dealtrace-bundle\", \"pad\": \"" + "x".repeat(6 * 1024 * 1024) + "\"}";
        assertThat(post(big)).hasStatus(413).hasContentType("application/problem+json");
    }

    @Test
    void editorsImportThroughTheUploadPage() {
        String bundle = json.writeValueAsString(bundles.export("asml-mistral-ai-series-c", Audience.EDITOR))
                .replace("asml-mistral-ai-series-c", "uploaded-deal");
        var file = new MockMultipartFile("file", "deal.json", "application/json", bundle.getBytes(StandardCharsets.UTF_8));

        var result = mvc.post().uri("/bundles/import").multipart().file(file).with(csrf()).with(As.EDITOR.user()).exchange();

        assertThat(result).hasStatusOk().bodyText().contains("deal.json</strong> is imported", "uploaded-deal");
        var bad = new MockMultipartFile("file", "bad.json", "application/json", "{\"format\": 1}".getBytes(StandardCharsets.UTF_8));
        assertThat(mvc.post().uri("/bundles/import").multipart().file(bad).with(csrf()).with(As.EDITOR.user()).exchange())
                .hasStatus(422).bodyText().contains("Nothing was imported", "$.format", "$.deals");
        assertThat(mvc.post().uri("/bundles/import").multipart().file(file).with(csrf()).with(As.ANALYST.user()).exchange())
                .hasStatus(403);
    }

    @Test
    void membersDownloadADealAsABundle() {
        var result = mvc.get().uri("/deals/" + DEAL + "/bundle.json").with(As.ANALYST.user()).exchange();

        assertThat(result).hasStatusOk().hasHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + DEAL + ".bundle.json\"");
        assertThat(result).bodyJson().extractingPath("$.format").isEqualTo("dealtrace-bundle");
        assertThat(result).bodyJson().extractingPath("$.deals[0].events.length()").isEqualTo(8);
        assertThat(mvc.get().uri("/deals/" + DEAL + "/bundle.json").exchange()).hasStatus(302);
    }

    private MvcTestResult post(String body) {
        return post(body, "editor");
    }

    private MvcTestResult post(String body, String user) {
        return mvc.post().uri("/api/v1/bundles").header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.create(user, "t"))
                .contentType("application/json").content(body).exchange();
    }

    /**
     * A page without what says who graded and when: the drawn grade history (its time axis) and the grading history,
     * as an import records the importing admin, today.
     */
    private static String withoutGradingLines(String page) {
        return page.replaceAll("(?s)<figure class=\"drawing\">\\s*<svg class=\"grades-svg\".*?</figure>", "")
                .replaceAll("(?s)<section aria-labelledby=\"history-h\">.*?</section>", "")
                .replaceAll("(?s)<p class=\"muted\">\\s*(by|imported by)\\s*<span>.*?</p>", "")
                // the key facts' "graded on" date, which is the import's
                .replaceAll("(?s)<span class=\"when\">.*?</span>", "");
    }

    private String page(String url) {
        var result = mvc.get().uri(url).exchange();
        assertThat(result).as(url).hasStatusOk();
        // ids are new after an import; everything readers see must be the same
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)
                .replaceAll("/sources/\\d+", "/sources/#").replaceAll("(event|source)-\\d+", "$1-#")
                .replaceAll("/events/\\d+", "/events/#");
    }

    private void emptyTheDatabase() {
        jdbc.sql("delete from api_token where name <> 't'").update();
        for (String table : TABLES) {
            jdbc.sql("delete from " + table).update();
        }
    }

    private Map<String, Integer> counts() {
        return Map.of("deal", count("deal"), "event", count("event"), "citation", count("citation"), "source", count("source"),
                "party", count("party"), "case", count("regulatory_case"), "grade", count("confidence_assessment"));
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
