package com.dealtrace.pick;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Map;

import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;
import com.dealtrace.support.GeneratedDeals;
import com.dealtrace.support.StatementCounter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * The type-ahead pickers of the editor forms: the search behind them, and the forms that work with them with or
 * without script, whose size does not depend on how many sources, parties or deals exist.
 */
@DealtraceTest
@Transactional
class PickersTest {

    private static final String DEAL = "/deals/microsoft-mistral-ai-partnership";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatementCounter statements;

    @Test
    void sourcesAreFoundByPartOfTheirTitleOrPublisherTheBestFirstInOneStatement() {
        statements.reset();
        var found = pick("/pick/sources?q=au lar");
        assertThat(statements.count()).isOne();
        assertThat(found).hasStatusOk().bodyJson().extractingPath("$[0].label").isEqualTo("Au Large");
        assertThat(pick("/pick/sources?q=Competition")).bodyJson().extractingPath("$[0].label")
                .isEqualTo("Microsoft / Mistral AI partnership merger inquiry");
        assertThat(pick("/pick/sources?q=https://www.mistral.ai/news/mistral-large")).bodyJson()
                .extractingPath("$[0].label").isEqualTo("Au Large");
    }

    @Test
    void aDealsCitedSourcesComeFirstAndAloneForAnEmptyText() {
        GeneratedDeals.create(jdbc, "other-deal", 3, "Mistral Large elsewhere");

        assertThat(pick("/pick/sources?q=&deal=microsoft-mistral-ai-partnership")).bodyJson()
                .extractingPath("$.length()").isEqualTo(9);
        assertThat(pick("/pick/sources?q=mistral&deal=other-deal")).bodyJson()
                .extractingPath("$[0].known").isEqualTo(true);
        assertThat(pick("/pick/sources?q=mistral&deal=microsoft-mistral-ai-partnership")).bodyJson()
                .extractingPath("$[0].known").isEqualTo(true);
    }

    @Test
    void partiesAreFoundByTheirAliasesToo() {
        assertThat(pick("/pick/parties?q=MSFT")).bodyJson().extractingPath("$[0].value").isEqualTo("microsoft");
        assertThat(pick("/pick/parties?q=micro")).bodyJson().extractingPath("$[0].value").isEqualTo("microsoft");
        assertThat(pick("/pick/parties?q=Mistral&kind=regulator")).bodyJson().extractingPath("$.length()").isEqualTo(0);
        assertThat(pick("/pick/parties?q=competition&kind=regulator")).bodyJson().extractingPath("$[0].value")
                .isEqualTo("uk-cma");
    }

    @Test
    void dealsAndCasesAreFoundByPartOfTheirTitle() {
        assertThat(pick("/pick/deals?q=mistral partner")).bodyJson().extractingPath("$[0].value")
                .isEqualTo("microsoft-mistral-ai-partnership");
        assertThat(pick("/pick/cases?q=merger inq")).bodyJson().extractingPath("$[0].value")
                .isEqualTo("cma-microsoft-mistral-ai");
    }

    @Test
    void atMostTwentyMatchesAreOffered() {
        GeneratedDeals.create(jdbc, "many-sources", 60, "abundant");

        assertThat(pick("/pick/sources?q=abundant")).bodyJson().extractingPath("$.length()").isEqualTo(20);
    }

    @Test
    void oddTextNeverBreaksAPickerOrAFindStep() {
        for (String text : new String[] {"%", "_", "\\", "a\u0000b", "'; drop table source; --", "x".repeat(10_000), "   "}) {
            for (String kind : new String[] {"sources", "parties", "deals", "cases"}) {
                assertThat(mvc.get().uri("/pick/" + kind).param("q", text).param("deal", text).with(As.EDITOR.user())
                        .exchange().getResponse().getStatus()).as(kind + " " + text.length()).isIn(200, 400);
            }
            assertThat(post(DEAL + "/events/new", "citations[0].source", text, "find", "citations[0].source")
                    .getResponse().getStatus()).isIn(200, 400);
            assertThat(post("/cases/new", "deal", text, "regulator", text, "find", "deal").getResponse().getStatus())
                    .isIn(200, 400);
            assertThat(post("/parties/new", "organisation", text, "find", "organisation").getResponse().getStatus())
                    .isIn(200, 400);
        }
        for (String field : new String[] {"title", "citations[999].source", "citations[x].source", "", "regulatoryCase"}) {
            assertThat(post(DEAL + "/events/new", "title", "Kept", "find", field)).as(field).hasStatusOk().bodyText()
                    .contains("value=\"Kept\"");
        }
    }

    @Test
    void onlyEditorsUseThePickers() {
        assertThat(mvc.get().uri("/pick/sources?q=au").with(As.ANALYST.user()).exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/pick/parties?q=au").with(As.ANONYMOUS.user()).exchange().getResponse().getStatus())
                .isIn(302, 401, 403);
    }

    @Test
    void withoutScriptFindListsTheMatchesAndKeepsEverythingTyped() {
        var found = post(DEAL + "/events/new", "title", "Typed by hand", "occurredOn", "2024-03-01",
                "citations[0].source", "au large", "citations[0].quote", "a quote", "find", "citations[0].source");
        long auLarge = id("select id from source where title = 'Au Large'");

        assertThat(found).hasStatusOk().bodyText()
                .contains("value=\"Typed by hand\"", "value=\"a quote\"", "value=\"2024-03-01\"", "name=\"!citations[0].source\"",
                        "value=\"au large\"", "type=\"radio\" name=\"citations[0].source\" value=\"" + auLarge + "\"")
                .doesNotContain("Some fields need attention");

        var saved = post(DEAL + "/events/new", "title", "Typed by hand", "occurredOn", "2024-03-01", "kind", "STATEMENT",
                "precision", "DAY", "!citations[0].source", "au large", "citations[0].source", String.valueOf(auLarge),
                "citations[0].quote", "a quote");
        assertThat(saved).hasStatus3xxRedirection();
        assertThat(jdbc.sql("""
                select s.title from citation c join event e on e.id = c.event_id join source s on s.id = c.source_id
                where e.title = 'Typed by hand'""").query(String.class).single()).isEqualTo("Au Large");
    }

    @Test
    void aSourceIsNamedByItsAddressAsWell() {
        assertThat(post(DEAL + "/events/new", "title", "By address", "occurredOn", "2024-03-01", "kind", "STATEMENT",
                "precision", "DAY", "citations[0].source", "http://www.mistral.ai/news/mistral-large/#top"))
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("""
                select s.title from citation c join event e on e.id = c.event_id join source s on s.id = c.source_id
                where e.title = 'By address'""").query(String.class).single()).isEqualTo("Au Large");
        assertThat(post(DEAL + "/events/new", "title", "Unknown", "occurredOn", "2024-03-01", "kind", "STATEMENT",
                "precision", "DAY", "citations[0].source", "no such thing")).hasStatus(422).bodyText()
                .contains("No source has this number or address", "value=\"no such thing\"");
    }

    @Test
    void rowsAreAddedWithoutALimitKeepingTheInput() {
        var form = post(DEAL + "/events/new", "title", "Many sources", "citations[0].source", "1",
                "citations[1].source", "2", "citations[2].source", "3", "citations[3].source", "4",
                "citations[4].source", "5", "citations[5].source", "6", "citations[6].source", "7", "addRow", "citations");

        assertThat(form).hasStatusOk().bodyText().contains("name=\"citations[7].source\"", "value=\"Many sources\"");
        assertThat(post("/deals/new", "title", "Four parties", "participants[0].party", "microsoft",
                "participants[1].party", "mistral-ai", "participants[2].party", "asml", "participants[3].party", "openai",
                "addRow", "participants")).hasStatusOk().bodyText()
                .contains("name=\"participants[4].party\"", "value=\"Four parties\"");
    }

    @Test
    void findOnTheOtherFormsListsTheirMatches() {
        assertThat(post("/deals/new", "title", "X", "participants[0].party", "MSFT", "find", "participants[0].party"))
                .hasStatusOk().bodyText().contains("type=\"radio\" name=\"participants[0].party\" value=\"microsoft\"");
        assertThat(post("/cases/new", "deal", "mistral partner", "find", "deal")).hasStatusOk().bodyText()
                .contains("type=\"radio\" name=\"deal\" value=\"microsoft-mistral-ai-partnership\"");
        assertThat(post("/cases/new", "regulator", "competition", "find", "regulator")).hasStatusOk().bodyText()
                .contains("type=\"radio\" name=\"regulator\" value=\"uk-cma\"");
        assertThat(post("/parties/new", "name", "Someone", "organisation", "mistral", "find", "organisation"))
                .hasStatusOk().bodyText().contains("type=\"radio\" name=\"organisation\" value=\"mistral-ai\"");
        assertThat(post("/sources/new", "publisherParty", "msft", "find", "publisherParty")).hasStatusOk().bodyText()
                .contains("type=\"radio\" name=\"publisherParty\" value=\"microsoft\"");
    }

    @Test
    void theFormsWeighTheSameAndSendTheSameStatementsHoweverManySourcesPartiesAndDealsExist() {
        long event = id("select min(id) from event where deleted_at is null");
        long source = id("select min(id) from source");
        List<String> forms = List.of("/deals/new", DEAL + "/edit", DEAL + "/events/new", "/events/" + event + "/edit",
                "/sources/new", "/sources/" + source + "/edit", "/parties/new", "/parties/arthur-mensch/edit",
                "/cases/new", "/cases/cma-microsoft-mistral-ai/edit");
        Map<String, Integer> bytes = new java.util.HashMap<>();
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (String form : forms) {
            size(form);
            statements.reset();
            bytes.put(form, size(form));
            counts.put(form, statements.count());
        }

        GeneratedDeals.create(jdbc, "two-thousand-sources", 2_000, "bulk");
        for (int i = 0; i < 100; i++) {
            GeneratedDeals.create(jdbc, "bulk-deal-" + i, 1, "bulk " + i);
        }
        assertThat(jdbc.sql("select count(*) from source").query(Integer.class).single()).isGreaterThan(2_000);

        for (String form : forms) {
            statements.reset();
            assertThat(size(form)).as(form + " bytes").isEqualTo(bytes.get(form));
            assertThat(statements.count()).as(form + " statements").isEqualTo(counts.get(form));
        }
    }

    private int size(String url) {
        var page = mvc.get().uri(url).with(As.EDITOR.user()).exchange();
        assertThat(page).as(url).hasStatusOk();
        return page.getResponse().getContentAsByteArray().length;
    }

    private MvcTestResult pick(String url) {
        return mvc.get().uri(java.net.URI.create(url.replace(" ", "%20"))).with(As.EDITOR.user()).exchange();
    }

    private MvcTestResult post(String url, String... fields) {
        var request = mvc.post().uri(url).with(csrf()).with(As.EDITOR.user());
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
