package com.dealtrace.badinput;

import com.dealtrace.security.ApiTokens;
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

/** The bugs the bad-input properties found, one example each, so that they stay fixed. */
@DealtraceTest
@Transactional
class BadInputRegressionTest {

    private static final String DEAL = "microsoft-mistral-ai-partnership";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Test
    void aNulInFormTextIsAFieldErrorNotAServerError() {
        var result = post("/deals/new", "title", "Nul\u0000deal", "type", "INVESTMENT", "status", "RUMOURED",
                "visibility", "PUBLIC", "language", "en");

        assertThat(result).hasStatus(422).model().extractingBindingResult("form").hasFieldErrors("title");
        assertThat(result).bodyText().contains("Remove the invisible control characters from this text.");
        assertThat(count("deal")).isEqualTo(2);
    }

    @Test
    void otherControlCharactersAreRefusedBesideTheirFieldInRowsToo() {
        long source = jdbc.sql("select min(id) from source").query(Long.class).single();
        var result = post("/deals/" + DEAL + "/events/new", "occurredOn", "2024-01-15", "precision", "DAY",
                "kind", "STATEMENT", "title", "Bell\u0007", "citations[0].source", String.valueOf(source),
                "citations[0].quote", "esc\u001B[31m");

        assertThat(result).hasStatus(422).model().extractingBindingResult("form")
                .hasFieldErrors("title", "citations[0].quote");
    }

    @Test
    void aDateOutsideWhatPostgresqlStoresIsAFieldError() {
        var event = post("/deals/" + DEAL + "/events/new", "occurredOn", "-4713-01-01", "precision", "DAY",
                "kind", "STATEMENT", "title", "Long ago");
        var deal = post("/deals/new", "title", "Far future", "type", "INVESTMENT", "status", "RUMOURED",
                "visibility", "PUBLIC", "language", "en", "announcedOn", "+999999999-01-01");

        assertThat(event).hasStatus(422).bodyText().contains("Write the date as 2024-07-15, a month as 2024-07 or a year as 2021.");
        assertThat(deal).hasStatus(422).model().extractingBindingResult("form").hasFieldErrors("announcedOn");
    }

    @Test
    void aValueThatDoesNotConvertGetsAMessageForPeople() {
        var result = post("/deals/new", "title", "Amounts", "type", "INVESTMENT", "status", "RUMOURED",
                "visibility", "PUBLIC", "language", "en", "amount", "lots", "currency", "EUR", "impact", "HUGE");

        assertThat(result).hasStatus(422).bodyText()
                .contains("Give an amount such as 700,000,000, 700 000 000, 1.7bn or 15 m.", "Choose one of the offered values.")
                .doesNotContain("Failed to convert", "java.math.BigDecimal");
    }

    @Test
    void aFilterThatDoesNotConvertStillHasTheOthersValidated() {
        var page = mvc.get().uri("/deals?status=WHATEVER&page=0").exchange();
        var api = mvc.get().uri("/api/v1/deals?status=WHATEVER&page=0")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.create("analyst", "t")).exchange();

        assertThat(page).hasStatusOk().bodyText().contains("Microsoft and Mistral AI");
        assertThat(api).hasStatus(400).bodyJson().extractingPath("$.errors[*].parameter").asArray()
                .contains("status", "page");
    }

    @Test
    void editorsSearchTheDealListAndCombineTypeWithParty() {
        assertThat(mvc.get().uri("/deals?q=Mistral").with(As.EDITOR.user()).exchange()).hasStatusOk().bodyText()
                .contains("Microsoft and Mistral AI");
        assertThat(mvc.get().uri("/deals?type=PARTNERSHIP&party=microsoft").exchange()).hasStatusOk().bodyText()
                .contains("Microsoft and Mistral AI");
    }

    @Test
    void aNulInASearchOrFilterIsABadRequest() {
        assertThat(mvc.get().uri("/search").param("q", "mistral\u0000").exchange()).hasStatus(400);
        assertThat(mvc.get().uri("/cases").param("regulator", "\u0000").exchange()).hasStatus(400);
        var api = mvc.get().uri("/api/v1/sources").param("publisher", "\u0000")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.create("analyst", "t")).exchange();
        assertThat(api).hasStatus(400).hasContentType("application/problem+json").bodyJson()
                .extractingPath("$.errors[0].parameter").isEqualTo("publisher");
    }

    @Test
    void aBundleWithABlankCurrencyOrControlCharactersOrAnAncientDateIsRefusedWhole() {
        var result = mvc.post().uri("/api/v1/bundles")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.create("editor", "t"))
                .contentType("application/json").content("""
                        {"format": "dealtrace-bundle", "version": 1,
                         "parties": [{"slug": "nul-co", "name": "Nul\\u0000Co", "kind": "COMPANY"}],
                         "deals": [{"slug": "blank-currency", "title": "T", "type": "PARTNERSHIP", "status": "ACTIVE",
                                    "announcedOn": "-5000-01-01", "amount": 1000, "currency": " "}]}
                        """).exchange();

        assertThat(result).hasStatus(422).bodyJson().extractingPath("$.errors[*].path").asArray()
                .contains("$.parties[0].name", "$.deals[0].currency", "$.deals[0].announcedOn");
        assertThat(count("deal")).isEqualTo(2);
    }

    @Test
    void aTokenNameWithControlCharactersIsRefusedWithANotice() {
        var result = mvc.post().uri("/account/tokens").param("name", "my\u0000token").with(csrf())
                .with(As.ANALYST.user()).exchange();

        assertThat(result).hasStatusOk().bodyText().contains("Remove the invisible control characters from this text.");
        assertThat(jdbc.sql("select count(*) from api_token where name like 'my%token'").query(Integer.class).single()).isZero();
    }

    @Test
    void aHalfFilledTranslationIsMarkedAtTheMissingField() {
        var result = post("/deals/new", "title", "Translated", "type", "INVESTMENT", "status", "RUMOURED",
                "visibility", "PUBLIC", "language", "en", "translations[0].title", "Traducido");

        assertThat(result).hasStatus(422).model().extractingBindingResult("form")
                .hasOnlyFieldErrors("translations[0].language");
    }

    @Test
    void aBlankEventDescriptionIsStoredEmptyLikeEveryOtherBlankText() {
        assertThat(post("/deals/" + DEAL + "/events/new", "occurredOn", "2024-01-15", "precision", "DAY",
                "kind", "STATEMENT", "title", "Blank description", "description", "\u2003")).hasStatus3xxRedirection();

        assertThat(jdbc.sql("select description from event where title = 'Blank description'").query(String.class)
                .single()).isEmpty();
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsAFieldErrorNotAServerError() {
        var result = mvc.post().uri("/admin/users").with(csrf()).with(As.ADMIN.user()).param("username", "long-pass")
                .param("displayName", "Long Pass").param("role", "ANALYST").param("password", "é".repeat(40)).exchange();

        assertThat(result).hasStatus(422).model().extractingBindingResult("form").hasFieldErrors("password");
        assertThat(jdbc.sql("select count(*) from app_user where username = 'long-pass'").query(Integer.class).single())
                .isZero();
    }

    @Test
    void anAddressTooLongToIndexIsAFieldErrorNotAServerError() {
        var random = new java.util.Random(7);
        var path = new StringBuilder();
        while (path.length() < 1_960) {
            path.appendCodePoint(0x4E00 + random.nextInt(20_000));
        }

        var result = post("/sources/new", "url", "https://example.org/" + path, "title", "Long", "publisherName", "P",
                "publisherKind", "BLOG", "risk", "HIGH", "language", "en");

        assertThat(result).hasStatus(422).model().extractingBindingResult("form").hasFieldErrors("url");
    }

    private MvcTestResult post(String url, String... fields) {
        var request = mvc.post().uri(url).with(csrf()).with(As.EDITOR.user());
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
