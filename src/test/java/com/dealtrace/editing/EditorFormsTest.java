package com.dealtrace.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Map;
import java.util.stream.Stream;

import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;
import com.dealtrace.support.EditForms;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

/** Each editor form: a mistake comes back with the input kept and the error beside its field; nothing is stored. */
@DealtraceTest
@Transactional
class EditorFormsTest {

    private static final String DEAL = "/deals/microsoft-mistral-ai-partnership";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewDealIsSavedAsADraftWithItsParticipantsAndShownToEditorsOnly() {
        var result = post("/deals/new", "title", "Nvidia invests in Mistral AI", "type", "INVESTMENT",
                "status", "RUMOURED", "visibility", "PUBLIC", "language", "en", "amount", "100000000",
                "currency", "EUR", "watchItems", "Board seat\n\nSecond item",
                "participants[0].party", "mistral-ai", "participants[0].role", "INVESTEE",
                "translations[0].language", "es", "translations[0].title", "Nvidia invierte en Mistral AI");

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/deals/nvidia-invests-in-mistral-ai");
        assertThat(count("select count(*) from deal where slug = 'nvidia-invests-in-mistral-ai' and state = 'DRAFT'")).isOne();
        assertThat(jdbc.sql("select watch_items::text from deal where slug = 'nvidia-invests-in-mistral-ai'")
                .query(String.class).single()).isEqualTo("{\"Board seat\",\"Second item\"}");
        assertThat(get("/deals/nvidia-invests-in-mistral-ai", As.EDITOR)).hasStatusOk().bodyText()
                .contains("Draft", "EUR 100 m", "Investee", "Nvidia invierte en Mistral AI", "Publish");
        assertThat(get("/deals/nvidia-invests-in-mistral-ai", As.ANALYST)).hasStatus(404);
        assertThat(get("/deals/nvidia-invests-in-mistral-ai", As.ANONYMOUS)).hasStatus(404);

        assertThat(post("/deals/nvidia-invests-in-mistral-ai/publish")).hasStatus3xxRedirection();
        assertThat(get("/deals/nvidia-invests-in-mistral-ai", As.ANONYMOUS)).hasStatusOk();
    }

    @Test
    void aDealWithMistakesComesBackWithEachErrorBesideItsFieldAndTheInputKept() {
        var result = post("/deals/new", "title", "  ", "type", "PARTNERSHIP", "status", "ACTIVE",
                "visibility", "PUBLIC", "language", "english", "amount", "15000000", "currency", "euro",
                "summary", "My careful summary", "participants[0].party", "no-such-party",
                "participants[0].role", "PARTNER", "participants[1].party", "microsoft");

        assertThat(result).hasStatus(422).bodyText()
                .contains("Give the deal a title.", "Use a two-letter code such as en.",
                        "Use a three-letter ISO code such as EUR.", "Choose a party from the list.",
                        "Choose the party&#39;s role.", "Some fields need attention")
                .contains("My careful summary", "value=\"euro\"", "value=\"english\"", "value=\"15000000\"");
        assertThat(count("select count(*) from deal")).isEqualTo(2);
    }

    @Test
    void anAmountNeedsItsCurrency() {
        assertThat(post("/deals/new", "title", "X", "type", "PARTNERSHIP", "status", "ACTIVE", "visibility", "PUBLIC",
                "language", "en", "amount", "5")).hasStatus(422).bodyText().contains("Give the currency of the amount.");
    }

    @Test
    void anEditorAddsAnEventCitingSources() {
        long techcrunch = id("select id from source where publisher_name = 'TechCrunch'");
        long cnbc = id("select id from source where publisher_name = 'CNBC'");

        var result = post(DEAL + "/events/new", "occurredOn", "2025-06-17", "precision", "MONTH", "kind", "STATEMENT",
                "title", "Microsoft comments on the note", "citations[0].source", String.valueOf(techcrunch),
                "citations[0].quote", "still a minority stake", "citations[1].source", String.valueOf(cnbc));

        assertThat(result).hasStatus3xxRedirection();
        assertThat(jdbc.sql("select occurred_on::text from event where title = 'Microsoft comments on the note'")
                .query(String.class).single()).isEqualTo("2025-06-01");
        assertThat(count("""
                select count(*) from citation c join event e on e.id = c.event_id
                where e.title = 'Microsoft comments on the note'""")).isEqualTo(2);
        assertThat(get(DEAL + "/timeline", As.ANONYMOUS)).bodyText()
                .contains("Microsoft comments on the note", "June 2025", "still a minority stake");
        assertThat(get(DEAL + "/history", As.ANALYST)).bodyText()
                .contains("Added the event “Microsoft comments on the note”", "Cited sources");
    }

    @Test
    void anEventIsDatedAtItsPrecisionAsTyped() {
        for (String[] typed : new String[][] {{"2024-07", "2024-07-01 MONTH"}, {"2021", "2021-01-01 YEAR"},
                {"2024-07-15", "2024-07-15 DAY"}}) {
            assertThat(post(DEAL + "/events/new", "occurredOn", typed[0], "precision", "DAY", "kind", "STATEMENT",
                    "title", "Dated " + typed[0])).hasStatus3xxRedirection();
            assertThat(jdbc.sql("select occurred_on || ' ' || date_precision from event where title = ?")
                    .param("Dated " + typed[0]).query(String.class).single()).isEqualTo(typed[1]);
        }
        long id = id("select id from event where title = 'Dated 2024-07'");
        assertThat(get("/events/" + id + "/edit", As.EDITOR)).bodyText().contains("value=\"2024-07\"");
        assertThat(post(DEAL + "/events/new", "occurredOn", "2024-13", "kind", "STATEMENT", "title", "Bad month"))
                .hasStatus(422).bodyText().contains("value=\"2024-13\"", "a month as 2024-07");
        assertThat(mvc.get().uri(DEAL + "/events/new?lang=es").with(As.EDITOR.user()).exchange()).bodyText()
                .contains("un mes como 2024-07");
    }

    @Test
    void anAmountIsTypedWithGroupingOrAScaleWordAndTheCurrencyUpperCased() {
        assertThat(post("/deals/new", "title", "Grouped amount", "type", "INVESTMENT", "status", "ANNOUNCED",
                "visibility", "PUBLIC", "language", "en", "amount", "1.7bn", "currency", "usd")).hasStatus3xxRedirection();
        assertThat(jdbc.sql("select amount::text || ' ' || currency from deal where title = 'Grouped amount'")
                .query(String.class).single()).isEqualTo("1700000000.00 USD");

        var spanish = mvc.post().uri("/deals/new?lang=es").with(csrf()).with(As.EDITOR.user())
                .param("title", "Importe agrupado").param("type", "INVESTMENT").param("status", "ANNOUNCED")
                .param("visibility", "PUBLIC").param("language", "es").param("amount", "700.000.000")
                .param("currency", "eur").exchange();
        assertThat(spanish).hasStatus3xxRedirection();
        assertThat(jdbc.sql("select amount::text from deal where title = 'Importe agrupado'").query(String.class).single())
                .isEqualTo("700000000.00");
        assertThat(mvc.get().uri("/deals/new?lang=es").with(As.EDITOR.user()).exchange()).bodyText()
                .contains("1.700 M o 1,7 mil millones");
        assertThat(post("/deals/new", "title", "Bad amount", "type", "INVESTMENT", "status", "ANNOUNCED",
                "visibility", "PUBLIC", "language", "en", "amount", "lots", "currency", "USD")).hasStatus(422).bodyText()
                .contains("value=\"lots\"", "1.7bn");
    }

    @Test
    void historyAndConflictPagesNameTheFieldsInTheReadersLanguageAndOldEnglishNamesStillRead() {
        var fields = EditForms.fields(get(DEAL + "/edit", As.EDITOR));
        fields.put("title", "Renamed deal");
        fields.put("watchItems", "One thing to watch");
        assertThat(post(DEAL + "/edit", fields)).hasStatus3xxRedirection();
        long change = id("select max(id) from change_log");
        jdbc.sql("insert into change_log_field (change_id, position, field, old_value, new_value) values (?, 99, 'Amount note', 'old', 'new')")
                .param(change).update();

        assertThat(mvc.get().uri(DEAL + "/history?lang=es").with(As.ANALYST.user()).exchange()).bodyText()
                .contains(">Título<", ">Qué vigilar (un elemento por línea)<", ">Amount note<")
                .doesNotContain("deal.edit.field");
        assertThat(get(DEAL + "/history", As.ANALYST)).bodyText().contains(">Title<", ">Amount note<");

        fields.put("title", "Stale rename");
        var conflict = mvc.post().uri(DEAL + "/edit?lang=es").with(csrf()).with(As.EDITOR.user());
        for (var field : fields.entrySet()) {
            conflict = conflict.param(field.getKey(), field.getValue());
        }
        assertThat(conflict.exchange()).hasStatus(409).bodyText().contains(">Título<").doesNotContain("deal.edit.field");
    }

    @Test
    void anEventWithMistakesKeepsItsInput() {
        long source = id("select min(id) from source");
        var result = post(DEAL + "/events/new", "occurredOn", "2999-01-01", "precision", "DAY", "title",
                "Typed by hand", "citations[0].source", String.valueOf(source), "citations[1].source",
                String.valueOf(source), "regulatoryCase", "some-other-case");

        assertThat(result).hasStatus(422).bodyText()
                .contains("An event cannot lie in the future.", "Choose what kind of event it is.",
                        "This source is cited already.", "Choose one of this deal&#39;s cases.")
                .contains("value=\"Typed by hand\"", "value=\"2999-01-01\"");
    }

    @Test
    void aKnownAddressOffersTheExistingSourceInsteadOfADuplicate() {
        var result = post("/sources/new", "url", "HTTP://www.Mistral.ai/news/mistral-large#top", "title", "Copy",
                "publisherName", "Mistral", "publisherKind", "COMPANY", "risk", "LOW", "language", "en");

        assertThat(result).hasStatus(422).bodyText()
                .contains("This document is already a source: “Au Large”.", "Cite that source instead")
                .contains("href=\"/sources/" + id("select id from source where title = 'Au Large'") + "\"");
        assertThat(count("select count(*) from source")).isEqualTo(9);
    }

    @Test
    void onlyHttpAndHttpsAddressesAreAccepted() {
        for (String url : new String[] {"javascript:alert(1)", "ftp://example.org/file", "example.org/page"}) {
            assertThat(post("/sources/new", "url", url, "title", "T", "publisherName", "P", "publisherKind", "BLOG",
                    "risk", "HIGH", "language", "en")).as(url).hasStatus(422).bodyText()
                    .contains("Give a full http or https address");
        }
    }

    @Test
    void aNewSourceIsStoredWithItsNormalisedKey() {
        var result = post("/sources/new", "url", "https://www.example.org/report/?utm_source=x", "title", "A report",
                "publisherParty", "microsoft", "publisherKind", "COMPANY", "risk", "LOW", "language", "en",
                "notes", "Members-only note");

        assertThat(result).hasStatus3xxRedirection();
        assertThat(jdbc.sql("select url_key || ' ' || publisher_name from source where title = 'A report'")
                .query(String.class).single()).isEqualTo("example.org/report Microsoft");
        String page = "/sources/" + id("select id from source where title = 'A report'");
        assertThat(get(page, As.ANALYST)).bodyText().contains("Members-only note");
        assertThat(get(page, As.ANONYMOUS)).bodyText().doesNotContain("Members-only note");
    }

    @Test
    void partiesAndCasesValidateTheirFields() {
        assertThat(post("/parties/new", "name", "Nvidia", "kind", "COMPANY", "country", "usa", "website", "nvidia.com",
                "organisation", "microsoft")).hasStatus(422).bodyText()
                .contains("Use a two-letter ISO 3166 code such as FR.", "Give a full http or https address.",
                        "Only a person belongs to an organisation.", "value=\"Nvidia\"");
        assertThat(post("/parties/new", "name", "Jensen Huang", "kind", "PERSON", "organisation", "microsoft",
                "position", "Visitor")).hasStatus3xxRedirection().hasRedirectedUrl("/parties/jensen-huang");

        assertThat(post("/cases/new", "deal", "microsoft-mistral-ai-partnership", "regulator", "uk-cma",
                "jurisdiction", "GB", "title", "Second look", "openedOn", "2024-05-01", "decidedOn", "2024-04-01",
                "status", "CLOSED")).hasStatus(422).bodyText()
                .contains("A case is decided after it opens.", "A closed case needs its outcome.", "value=\"Second look\"");
        assertThat(post("/cases/new", "deal", "microsoft-mistral-ai-partnership", "regulator", "european-commission",
                "jurisdiction", "EU", "title", "Formal probe", "openedOn", "2025-01-10", "status", "OPEN"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/cases/formal-probe");
    }

    @Test
    void aNewPartyLikeAKnownOneIsHeldBackWithALinkUntilTheEditorSavesItAnyway() {
        for (String name : new String[] {"Mistral", "MSFT", "Microsoft Corp"}) {
            var warned = post("/parties/new", "name", name, "kind", "COMPANY", "description", "Typed with care");
            assertThat(warned).as(name).hasStatusOk().bodyText()
                    .contains("A party like this may be in Dealtrace already", "value=\"" + name + "\"", "Typed with care",
                            "name=\"saveAnyway\"");
        }
        assertThat(post("/parties/new", "name", "Mistral", "kind", "COMPANY")).bodyText().contains("href=\"/parties/mistral-ai\"");
        assertThat(post("/parties/new", "name", "MSFT", "kind", "COMPANY")).bodyText().contains("href=\"/parties/microsoft\"");
        assertThat(count("select count(*) from party where name in ('Mistral', 'MSFT', 'Microsoft Corp')")).isZero();

        assertThat(post("/parties/new", "name", "Mistral", "kind", "COMPANY", "saveAnyway", "true"))
                .hasStatus3xxRedirection();
        assertThat(count("select count(*) from party where name = 'Mistral'")).isOne();
    }

    @Test
    void aNewDealWithTheSamePartiesAndMonthOrALikeTitleIsHeldBackWithALinkUntilSavedAnyway() {
        String[] sameParties = {"title", "Azure deal with a French model maker", "type", "PARTNERSHIP", "status", "ACTIVE",
                "visibility", "PUBLIC", "language", "en", "announcedOn", "2024-02-10", "summary", "Typed with care",
                "participants[0].party", "mistral-ai", "participants[0].role", "PARTNER",
                "participants[1].party", "microsoft", "participants[1].role", "PARTNER"};
        assertThat(post("/deals/new", sameParties)).hasStatusOk().bodyText()
                .contains("A deal like this may be in Dealtrace already", "href=\"/deals/microsoft-mistral-ai-partnership\"",
                        "value=\"Azure deal with a French model maker\"", "Typed with care", "name=\"saveAnyway\"");
        assertThat(post("/deals/new", "title", "Microsoft and Mistral AI: Azure distribution partnership", "type",
                "PARTNERSHIP", "status", "ACTIVE", "visibility", "PUBLIC", "language", "en")).hasStatusOk().bodyText()
                .contains("A deal like this may be in Dealtrace already", "href=\"/deals/microsoft-mistral-ai-partnership\"");
        assertThat(count("select count(*) from deal where title like '%Azure d%' and slug <> 'microsoft-mistral-ai-partnership'")).isZero();

        // the same parties a year later, under another title, are another deal
        assertThat(post("/deals/new", "title", "Azure deal with a French model maker", "type", "PARTNERSHIP",
                "status", "ACTIVE", "visibility", "PUBLIC", "language", "en", "announcedOn", "2025-02-10",
                "participants[0].party", "mistral-ai", "participants[0].role", "PARTNER",
                "participants[1].party", "microsoft", "participants[1].role", "PARTNER")).hasStatus3xxRedirection();
        var saved = Stream.concat(Stream.of(sameParties), Stream.of("saveAnyway", "true")).toArray(String[]::new);
        assertThat(post("/deals/new", saved)).hasStatus3xxRedirection();
        assertThat(count("select count(*) from deal where title = 'Azure deal with a French model maker'")).isEqualTo(2);
    }

    @Test
    void aNewSourceWithALikeTitleIsHeldBackWithALinkUntilSavedAnyway() {
        String[] like = {"url", "https://news.example.org/microsoft-mistral", "title", "Microsoft and Mistral AI announce a new partnership",
                "publisherName", "Example News", "publisherKind", "NEWS_OUTLET", "risk", "MEDIUM", "language", "en",
                "summary", "Typed with care"};
        assertThat(post("/sources/new", like)).hasStatusOk().bodyText()
                .contains("A source with a title like this may be in Dealtrace already",
                        "href=\"/sources/" + id("select id from source where title = 'Microsoft and Mistral AI announce new partnership'") + "\"",
                        "value=\"https://news.example.org/microsoft-mistral\"", "Typed with care", "name=\"saveAnyway\"");
        assertThat(count("select count(*) from source where url like '%news.example.org%'")).isZero();

        var saved = Stream.concat(Stream.of(like), Stream.of("saveAnyway", "true")).toArray(String[]::new);
        assertThat(post("/sources/new", saved)).hasStatus3xxRedirection();
        assertThat(count("select count(*) from source where url like '%news.example.org%'")).isOne();
    }

    @Test
    void slugsAreShownOnTheFormsMadeFromTheTitleWhenLeftEmptyAndEditable() {
        assertThat(get(DEAL + "/edit", As.EDITOR)).bodyText().contains("name=\"slug\"", "value=\"microsoft-mistral-ai-partnership\"");
        assertThat(get("/parties/microsoft/edit", As.EDITOR)).bodyText().contains("name=\"slug\"", "value=\"microsoft\"");

        assertThat(post("/deals/new", "title", "Nvidia invests in Mistral AI", "slug", "nvidia-mistral", "type", "INVESTMENT",
                "status", "RUMOURED", "visibility", "PUBLIC", "language", "en")).hasRedirectedUrl("/deals/nvidia-mistral");
        assertThat(post("/parties/new", "name", "Jensen Huang", "kind", "PERSON", "slug", " "))
                .hasRedirectedUrl("/parties/jensen-huang");

        String version = jdbc.sql("select version from deal where slug = 'nvidia-mistral'").query(String.class).single();
        assertThat(post("/deals/nvidia-mistral/edit", "title", "Nvidia invests in Mistral AI", "slug", "nvidia-mistral-2024",
                "type", "INVESTMENT", "status", "RUMOURED", "visibility", "PUBLIC", "language", "en", "version", version))
                .hasRedirectedUrl("/deals/nvidia-mistral-2024");
        assertThat(count("select count(*) from deal where slug = 'nvidia-mistral-2024'")).isOne();
    }

    @Test
    void aTakenOrMalformedSlugIsAFieldErrorWithTheInputKept() {
        assertThat(post("/deals/new", "title", "Nvidia invests in Mistral AI", "slug", "microsoft-mistral-ai-partnership",
                "type", "INVESTMENT", "status", "RUMOURED", "visibility", "PUBLIC", "language", "en"))
                .hasStatus(422).bodyText().contains("This slug is taken", "value=\"Nvidia invests in Mistral AI\"");
        assertThat(post("/parties/new", "name", "Jensen Huang", "kind", "PERSON", "slug", "mistral-ai"))
                .hasStatus(422).bodyText().contains("This slug is taken", "value=\"Jensen Huang\"");
        assertThat(post("/parties/new", "name", "Jensen Huang", "kind", "PERSON", "slug", "Jensen Huang!"))
                .hasStatus(422).bodyText().contains("Use lowercase letters, digits and single hyphens", "value=\"Jensen Huang!\"");
        String version = jdbc.sql("select version from party where slug = 'microsoft'").query(String.class).single();
        assertThat(post("/parties/microsoft/edit", "name", "Microsoft", "kind", "COMPANY", "slug", "mistral-ai", "version", version))
                .hasStatus(422).bodyText().contains("This slug is taken");
        assertThat(count("select count(*) from party where slug = 'microsoft'")).isOne();
    }

    @Test
    void deletingADealHidesItAndAnAdminCanRestoreIt() {
        assertThat(post(DEAL + "/delete")).hasStatus3xxRedirection();
        assertThat(get(DEAL, As.EDITOR)).hasStatus(404);
        assertThat(get("/admin/deals/deleted", As.ADMIN)).bodyText().contains("Microsoft and Mistral AI");

        var restore = mvc.post().uri("/admin/deals/microsoft-mistral-ai-partnership/restore").with(csrf())
                .with(As.ADMIN.user()).exchange();

        assertThat(restore).hasStatus3xxRedirection();
        assertThat(get(DEAL, As.ANONYMOUS)).hasStatusOk();
        assertThat(get(DEAL + "/history", As.ANALYST)).bodyText().contains("Deleted the deal", "Restored the deal");
    }

    @Test
    void textWithHtmlEnteredInAFormComesBackEscaped() {
        String payload = "<script>alert('x')</script>";
        assertThat(post("/parties/new", "name", payload, "kind", "COMPANY", "description", payload))
                .hasStatus3xxRedirection();

        assertThat(get("/parties/script-alert-x-script", As.ANONYMOUS)).bodyText()
                .doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(post("/deals/new", "title", payload, "type", "INVESTMENT", "status", "RUMOURED",
                "visibility", "PUBLIC", "language", "xx<b>")).hasStatus(422).bodyText()
                .doesNotContain("<script>alert", "xx<b>").contains("&lt;script&gt;");
    }

    @Test
    void noEditorFormShowsTheConflictAlertOnAPlainLoad() {
        long event = id("select min(id) from event where deleted_at is null");
        long source = id("select min(id) from source");
        for (String page : new String[] {"/deals/new", DEAL + "/edit", DEAL + "/events/new", "/events/" + event + "/edit",
                "/parties/new", "/parties/microsoft/edit", "/sources/new", "/sources/" + source + "/edit", "/cases/new",
                "/cases/" + jdbc.sql("select min(slug) from regulatory_case").query(String.class).single() + "/edit"}) {
            assertThat(get(page, As.EDITOR)).as(page).hasStatusOk().bodyText()
                    .doesNotContain("Someone saved this while you were editing", "class=\"alert conflict\"");
        }
    }

    @Test
    void everyEditFormShowsTheConflictAlertWhenSomeoneSavedFirst() {
        long event = id("select min(id) from event where deleted_at is null");
        long source = id("select min(id) from source");
        for (String edit : new String[] {DEAL + "/edit", "/events/" + event + "/edit", "/parties/microsoft/edit",
                "/sources/" + source + "/edit",
                "/cases/" + jdbc.sql("select min(slug) from regulatory_case").query(String.class).single() + "/edit"}) {
            var fields = EditForms.fields(get(edit, As.EDITOR));
            fields.put("version", String.valueOf(Integer.parseInt(fields.get("version")) - 1));
            assertThat(post(edit, fields)).as(edit).hasStatus(409).bodyText()
                    .contains("Someone saved this while you were editing", "class=\"alert conflict\"");
        }
    }

    @Test
    void anAliasWithACommaSurvivesSavingThePartyUnchanged() {
        assertThat(post("/parties/new", "name", "Inflection AI", "kind", "COMPANY",
                "aliases", "Inflection AI, Inc.\nInflection")).hasStatus3xxRedirection();
        var fields = EditForms.fields(get("/parties/inflection-ai/edit", As.EDITOR));
        assertThat(fields.get("aliases")).isEqualTo("Inflection AI, Inc.\nInflection");

        assertThat(post("/parties/inflection-ai/edit", fields))
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("select aliases::text from party where slug = 'inflection-ai'").query(String.class).single())
                .isEqualTo("{\"Inflection AI, Inc.\",Inflection}");
    }

    @Test
    void aPartyWithTwoRolesKeepsTheNoteOfEachRoleOnTheBrief() {
        assertThat(get(DEAL, As.ANONYMOUS)).bodyText()
                .contains("Holds the EUR 15 m convertible note.", "Sells Mistral models through Azure AI.");
    }

    @Test
    void aParticipantRowBeyondTheLimitIsAFieldErrorNotAServerError() {
        for (String index : new String[] {"256", "100000", "99999999999"}) {
            assertThat(post("/deals/new", "title", "Too many rows", "type", "PARTNERSHIP", "status", "ACTIVE",
                    "visibility", "PUBLIC", "language", "en", "participants[" + index + "].party", "microsoft"))
                    .as(index).hasStatus(422).bodyText().contains("value=\"Too many rows\"", "Some fields need attention");
        }
        assertThat(count("select count(*) from deal where title = 'Too many rows'")).isZero();
    }

    private MvcTestResult post(String url, String... fields) {
        var request = mvc.post().uri(url).with(csrf()).with(As.EDITOR.user());
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }

    private MvcTestResult post(String url, Map<String, String> fields) {
        return post(url, fields.entrySet().stream().flatMap(f -> Stream.of(f.getKey(), f.getValue())).toArray(String[]::new));
    }

    private MvcTestResult get(String url, As as) {
        return mvc.get().uri(url).with(as.user()).exchange();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
