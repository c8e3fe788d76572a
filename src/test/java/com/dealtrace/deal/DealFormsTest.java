package com.dealtrace.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.stream.Stream;

import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;
import com.dealtrace.support.EditForms;
import com.dealtrace.support.Pages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

/** The deal forms: a mistake comes back with the input kept and the error beside its field; nothing is stored. */
@DealtraceTest
@Transactional
class DealFormsTest {

    private static final String DEAL = "/deals/microsoft-mistral-ai-partnership";

    private final MockMvcTester mvc;
    private final JdbcClient jdbc;
    private final Pages pages;

    @Autowired
    DealFormsTest(MockMvcTester mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.pages = new Pages(mvc, jdbc);
    }

    @Test
    void aNewDealIsSavedAsADraftWithItsParticipantsAndShownToEditorsOnly() {
        var result = pages.post("/deals/new", "title", "Nvidia invests in Mistral AI", "type", "INVESTMENT",
                "status", "RUMOURED", "visibility", "PUBLIC", "language", "en", "amount", "100000000",
                "currency", "EUR", "watchItems", "Board seat\n\nSecond item",
                "participants[0].party", "mistral-ai", "participants[0].role", "INVESTEE",
                "translations[0].language", "es", "translations[0].title", "Nvidia invierte en Mistral AI");

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/deals/nvidia-invests-in-mistral-ai");
        assertThat(pages.count("select count(*) from deal where slug = 'nvidia-invests-in-mistral-ai' and state = 'DRAFT'")).isOne();
        assertThat(jdbc.sql("select watch_items::text from deal where slug = 'nvidia-invests-in-mistral-ai'")
                .query(String.class).single()).isEqualTo("{\"Board seat\",\"Second item\"}");
        assertThat(pages.get("/deals/nvidia-invests-in-mistral-ai", As.EDITOR)).hasStatusOk().bodyText()
                .contains("Draft", "EUR 100 m", "Investee", "Nvidia invierte en Mistral AI", "Publish");
        assertThat(pages.get("/deals/nvidia-invests-in-mistral-ai", As.ANALYST)).hasStatus(404);
        assertThat(pages.get("/deals/nvidia-invests-in-mistral-ai", As.ANONYMOUS)).hasStatus(404);

        assertThat(pages.post("/deals/nvidia-invests-in-mistral-ai/publish")).hasStatus3xxRedirection();
        assertThat(pages.get("/deals/nvidia-invests-in-mistral-ai", As.ANONYMOUS)).hasStatusOk();
    }

    @Test
    void aDealWithMistakesComesBackWithEachErrorBesideItsFieldAndTheInputKept() {
        var result = pages.post("/deals/new", "title", "  ", "type", "PARTNERSHIP", "status", "ACTIVE",
                "visibility", "PUBLIC", "language", "english", "amount", "15000000", "currency", "euro",
                "summary", "My careful summary", "participants[0].party", "no-such-party",
                "participants[0].role", "PARTNER", "participants[1].party", "microsoft");

        assertThat(result).hasStatus(422).bodyText()
                .contains("Give the deal a title.", "Use a two-letter code such as en.",
                        "Use a three-letter ISO code such as EUR.", "Choose a party from the list.",
                        "Choose the party&#39;s role.", "Some fields need attention")
                .contains("My careful summary", "value=\"euro\"", "value=\"english\"", "value=\"15000000\"");
        assertThat(pages.count("select count(*) from deal")).isEqualTo(2);
    }

    @Test
    void anAmountNeedsItsCurrency() {
        assertThat(pages.post("/deals/new", "title", "X", "type", "PARTNERSHIP", "status", "ACTIVE", "visibility", "PUBLIC",
                "language", "en", "amount", "5")).hasStatus(422).bodyText().contains("Give the currency of the amount.");
    }

    @Test
    void anAmountIsTypedWithGroupingOrAScaleWordAndTheCurrencyUpperCased() {
        assertThat(pages.post("/deals/new", "title", "Grouped amount", "type", "INVESTMENT", "status", "ANNOUNCED",
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
        assertThat(pages.post("/deals/new", "title", "Bad amount", "type", "INVESTMENT", "status", "ANNOUNCED",
                "visibility", "PUBLIC", "language", "en", "amount", "lots", "currency", "USD")).hasStatus(422).bodyText()
                .contains("value=\"lots\"", "1.7bn");
    }

    @Test
    void historyAndConflictPagesNameTheFieldsInTheReadersLanguageAndOldEnglishNamesStillRead() {
        var fields = EditForms.fields(pages.get(DEAL + "/edit", As.EDITOR));
        fields.put("title", "Renamed deal");
        fields.put("watchItems", "One thing to watch");
        assertThat(pages.post(DEAL + "/edit", fields)).hasStatus3xxRedirection();
        long change = pages.id("select max(id) from change_log");
        jdbc.sql("insert into change_log_field (change_id, position, field, old_value, new_value) values (?, 99, 'Amount note', 'old', 'new')")
                .param(change).update();

        assertThat(mvc.get().uri(DEAL + "/history?lang=es").with(As.ANALYST.user()).exchange()).bodyText()
                .contains(">Título<", ">Qué vigilar (un elemento por línea)<", ">Amount note<")
                .doesNotContain("deal.edit.field");
        assertThat(pages.get(DEAL + "/history", As.ANALYST)).bodyText().contains(">Title<", ">Amount note<");

        fields.put("title", "Stale rename");
        var conflict = mvc.post().uri(DEAL + "/edit?lang=es").with(csrf()).with(As.EDITOR.user());
        for (var field : fields.entrySet()) {
            conflict = conflict.param(field.getKey(), field.getValue());
        }
        assertThat(conflict.exchange()).hasStatus(409).bodyText().contains(">Título<").doesNotContain("deal.edit.field");
    }

    @Test
    void aNewDealWithTheSamePartiesAndMonthOrALikeTitleIsHeldBackWithALinkUntilSavedAnyway() {
        String[] sameParties = {"title", "Azure deal with a French model maker", "type", "PARTNERSHIP", "status", "ACTIVE",
                "visibility", "PUBLIC", "language", "en", "announcedOn", "2024-02-10", "summary", "Typed with care",
                "participants[0].party", "mistral-ai", "participants[0].role", "PARTNER",
                "participants[1].party", "microsoft", "participants[1].role", "PARTNER"};
        assertThat(pages.post("/deals/new", sameParties)).hasStatusOk().bodyText()
                .contains("A deal like this may be in Dealtrace already", "href=\"/deals/microsoft-mistral-ai-partnership\"",
                        "value=\"Azure deal with a French model maker\"", "Typed with care", "name=\"saveAnyway\"");
        assertThat(pages.post("/deals/new", "title", "Microsoft and Mistral AI: Azure distribution partnership", "type",
                "PARTNERSHIP", "status", "ACTIVE", "visibility", "PUBLIC", "language", "en")).hasStatusOk().bodyText()
                .contains("A deal like this may be in Dealtrace already", "href=\"/deals/microsoft-mistral-ai-partnership\"");
        assertThat(pages.count("select count(*) from deal where title like '%Azure d%' and slug <> 'microsoft-mistral-ai-partnership'")).isZero();

        // the same parties a year later, under another title, are another deal
        assertThat(pages.post("/deals/new", "title", "Azure deal with a French model maker", "type", "PARTNERSHIP",
                "status", "ACTIVE", "visibility", "PUBLIC", "language", "en", "announcedOn", "2025-02-10",
                "participants[0].party", "mistral-ai", "participants[0].role", "PARTNER",
                "participants[1].party", "microsoft", "participants[1].role", "PARTNER")).hasStatus3xxRedirection();
        var saved = Stream.concat(Stream.of(sameParties), Stream.of("saveAnyway", "true")).toArray(String[]::new);
        assertThat(pages.post("/deals/new", saved)).hasStatus3xxRedirection();
        assertThat(pages.count("select count(*) from deal where title = 'Azure deal with a French model maker'")).isEqualTo(2);
    }

    @Test
    void slugsAreShownOnTheFormsMadeFromTheTitleWhenLeftEmptyAndEditable() {
        assertThat(pages.get(DEAL + "/edit", As.EDITOR)).bodyText().contains("name=\"slug\"", "value=\"microsoft-mistral-ai-partnership\"");
        assertThat(pages.get("/parties/microsoft/edit", As.EDITOR)).bodyText().contains("name=\"slug\"", "value=\"microsoft\"");

        assertThat(pages.post("/deals/new", "title", "Nvidia invests in Mistral AI", "slug", "nvidia-mistral", "type", "INVESTMENT",
                "status", "RUMOURED", "visibility", "PUBLIC", "language", "en")).hasRedirectedUrl("/deals/nvidia-mistral");
        assertThat(pages.post("/parties/new", "name", "Jensen Huang", "kind", "PERSON", "slug", " "))
                .hasRedirectedUrl("/parties/jensen-huang");

        String version = jdbc.sql("select version from deal where slug = 'nvidia-mistral'").query(String.class).single();
        assertThat(pages.post("/deals/nvidia-mistral/edit", "title", "Nvidia invests in Mistral AI", "slug", "nvidia-mistral-2024",
                "type", "INVESTMENT", "status", "RUMOURED", "visibility", "PUBLIC", "language", "en", "version", version))
                .hasRedirectedUrl("/deals/nvidia-mistral-2024");
        assertThat(pages.count("select count(*) from deal where slug = 'nvidia-mistral-2024'")).isOne();
    }

    @Test
    void aTakenOrMalformedSlugIsAFieldErrorWithTheInputKept() {
        assertThat(pages.post("/deals/new", "title", "Nvidia invests in Mistral AI", "slug", "microsoft-mistral-ai-partnership",
                "type", "INVESTMENT", "status", "RUMOURED", "visibility", "PUBLIC", "language", "en"))
                .hasStatus(422).bodyText().contains("This slug is taken", "value=\"Nvidia invests in Mistral AI\"");
        assertThat(pages.post("/parties/new", "name", "Jensen Huang", "kind", "PERSON", "slug", "mistral-ai"))
                .hasStatus(422).bodyText().contains("This slug is taken", "value=\"Jensen Huang\"");
        assertThat(pages.post("/parties/new", "name", "Jensen Huang", "kind", "PERSON", "slug", "Jensen Huang!"))
                .hasStatus(422).bodyText().contains("Use lowercase letters, digits and single hyphens", "value=\"Jensen Huang!\"");
        String version = jdbc.sql("select version from party where slug = 'microsoft'").query(String.class).single();
        assertThat(pages.post("/parties/microsoft/edit", "name", "Microsoft", "kind", "COMPANY", "slug", "mistral-ai", "version", version))
                .hasStatus(422).bodyText().contains("This slug is taken");
        assertThat(pages.count("select count(*) from party where slug = 'microsoft'")).isOne();
    }

    @Test
    void deletingADealHidesItAndAnAdminCanRestoreIt() {
        assertThat(pages.post(DEAL + "/delete")).hasStatus3xxRedirection();
        assertThat(pages.get(DEAL, As.EDITOR)).hasStatus(404);
        assertThat(pages.get("/admin/deals/deleted", As.ADMIN)).bodyText().contains("Microsoft and Mistral AI");

        var restore = mvc.post().uri("/admin/deals/microsoft-mistral-ai-partnership/restore").with(csrf())
                .with(As.ADMIN.user()).exchange();

        assertThat(restore).hasStatus3xxRedirection();
        assertThat(pages.get(DEAL, As.ANONYMOUS)).hasStatusOk();
        assertThat(pages.get(DEAL + "/history", As.ANALYST)).bodyText().contains("Deleted the deal", "Restored the deal");
    }

    @Test
    void aParticipantRowBeyondTheLimitIsAFieldErrorNotAServerError() {
        for (String index : new String[] {"256", "100000", "99999999999"}) {
            assertThat(pages.post("/deals/new", "title", "Too many rows", "type", "PARTNERSHIP", "status", "ACTIVE",
                    "visibility", "PUBLIC", "language", "en", "participants[" + index + "].party", "microsoft"))
                    .as(index).hasStatus(422).bodyText().contains("value=\"Too many rows\"", "Some fields need attention");
        }
        assertThat(pages.count("select count(*) from deal where title = 'Too many rows'")).isZero();
    }
}
