package com.dealtrace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.dealtrace.change.ContentVersion;
import com.dealtrace.support.As;
import com.dealtrace.support.RowsAdded;
import com.dealtrace.support.TestDatabaseConfiguration;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Anonymous pages are served from the page cache until the next edit, and never to signed-in users. */
@SpringBootTest(properties = "dealtrace.page-cache.enabled=true")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Import(TestDatabaseConfiguration.class)
class PageCacheTest {

    private static final String DEAL = "/deals/microsoft-mistral-ai-partnership";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    RowsAdded added;

    @Autowired
    ContentVersion version;

    /** Rows another test removed change the version at the next poll: read it now, not in the middle of a test. */
    @BeforeEach
    void noteRows() {
        version.refresh();
        added = new RowsAdded(jdbc);
    }

    /** This test commits an edit through the app; the database is shared by every test of the JVM. */
    @AfterEach
    void removeAddedRows() {
        added.remove();
    }

    @Test
    void aSecondAnonymousReadIsAHitAndARevalidationGetsA304() {
        var first = mvc.get().uri(DEAL + "/timeline").exchange();
        var second = mvc.get().uri(DEAL + "/timeline").exchange();

        assertThat(second).hasStatusOk().hasHeader("X-Page-Cache", "hit");
        assertThat(second.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
        String etag = second.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(mvc.get().uri(DEAL + "/timeline").header(HttpHeaders.IF_NONE_MATCH, etag).exchange()).hasStatus(304);
    }

    @Test
    void anEditInvalidatesEveryCachedPage() {
        mvc.get().uri(DEAL).exchange();
        assertThat(mvc.get().uri(DEAL).exchange()).hasHeader("X-Page-Cache", "hit");

        var edit = mvc.post().uri("/deals/microsoft-mistral-ai-partnership/grade").param("score", "0.93")
                .param("rationale", "Cache test.").with(csrf()).with(As.ADMIN.user()).exchange();
        assertThat(edit).hasStatus3xxRedirection();

        var after = mvc.get().uri(DEAL).exchange();
        assertThat(after).hasHeader("X-Page-Cache", "miss").bodyText().contains("93 %");
    }

    @Test
    void anAnonymousPageIsNeverServedToASignedInUser() {
        mvc.get().uri("/deals").exchange();

        assertThat(mvc.get().uri("/deals").with(As.ANALYST.user()).exchange()).hasHeader("X-Page-Cache", "miss")
                .bodyText().contains("Sign out");
    }

    @Test
    void aClientsNoCacheGetsTheKeptPageWhichIsFreshByConstruction() {
        mvc.get().uri("/deals").exchange();

        assertThat(mvc.get().uri("/deals").header(HttpHeaders.CACHE_CONTROL, "no-cache").header("Pragma", "no-cache")
                .exchange()).hasHeader("X-Page-Cache", "hit");
    }

    @Test
    void theBenchmarksBypassHeaderDoesNothingUnlessConfigured() {
        mvc.get().uri("/deals").exchange();

        assertThat(mvc.get().uri("/deals").header("X-Bench-Fresh", "1").exchange()).hasHeader("X-Page-Cache", "hit");
    }

    @Test
    void parametersNoPageReadsShareTheEntryAndTheOrderOfParametersDoesNotMatter() {
        mvc.get().uri("/deals?type=PARTNERSHIP&status=ACTIVE").exchange();

        assertThat(mvc.get().uri("/deals?status=ACTIVE&utm_source=x1&type=PARTNERSHIP&fbclid=abc").exchange())
                .hasHeader("X-Page-Cache", "hit");
        for (int i = 0; i < 60; i++) {
            assertThat(mvc.get().uri("/deals?type=PARTNERSHIP&status=ACTIVE&utm_source=" + i + "&x" + i + "=1").exchange())
                    .hasHeader("X-Page-Cache", "hit");
        }
        assertThat(mvc.get().uri("/deals?type=INVESTMENT&status=ACTIVE").exchange()).hasHeader("X-Page-Cache", "miss");
    }

    @Test
    void eachLanguageHasItsOwnCachedPage() {
        var english = mvc.get().uri(DEAL + "/timeline").header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange();
        var spanish = mvc.get().uri(DEAL + "/timeline").header(HttpHeaders.ACCEPT_LANGUAGE, "es").exchange();
        var spanishAgain = mvc.get().uri(DEAL + "/timeline").header(HttpHeaders.ACCEPT_LANGUAGE, "es-ES").exchange();
        var englishAgain = mvc.get().uri(DEAL + "/timeline").exchange();
        var chosenSpanish = mvc.get().uri(DEAL + "/timeline").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .cookie(new Cookie(Languages.COOKIE, "es")).exchange();

        assertThat(english).bodyText().contains("<html lang=\"en\"");
        assertThat(spanish).hasHeader("X-Page-Cache", "miss").bodyText().contains("<html lang=\"es\"", "Cronología");
        assertThat(spanishAgain).hasHeader("X-Page-Cache", "hit").bodyText().contains("Cronología");
        assertThat(englishAgain).hasHeader("X-Page-Cache", "hit").bodyText().contains("<html lang=\"en\"")
                .doesNotContain("Cronología");
        assertThat(chosenSpanish).hasHeader("X-Page-Cache", "hit").bodyText().contains("Cronología");
        assertThat(english.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(spanish.getResponse().getHeader(HttpHeaders.ETAG));
    }

    @Test
    void switchingTheLanguageIsNeverServedFromTheCacheSoTheCookieIsAlwaysSet() {
        mvc.get().uri("/?lang=es").exchange();
        var second = mvc.get().uri("/?lang=es").exchange();

        assertThat(second).doesNotContainHeader("X-Page-Cache");
        assertThat(second.getResponse().getCookie(Languages.COOKIE)).isNotNull();
    }

    @Test
    void aPageAsOfADayIsKeptUnderItsDayAndNeverServedForToday() {
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        mvc.get().uri(DEAL + "/timeline").exchange();

        var asOf = mvc.get().uri(DEAL + "/timeline?asOf=" + today).exchange();
        assertThat(asOf).hasHeader("X-Page-Cache", "miss").bodyText().contains("As it stood on");
        assertThat(mvc.get().uri(DEAL + "/timeline?asOf=" + today + "&utm_source=x").exchange())
                .hasHeader("X-Page-Cache", "hit").bodyText().contains("As it stood on");
        assertThat(mvc.get().uri(DEAL + "/timeline").exchange()).hasHeader("X-Page-Cache", "hit").bodyText()
                .doesNotContain("As it stood on");
        mvc.get().uri(DEAL + "/timeline?asOf=not-a-day").exchange();
        assertThat(mvc.get().uri(DEAL + "/timeline?asOf=not-a-day").exchange()).as("a refused day is not kept")
                .hasStatus(422).doesNotContainHeader("ETag");
    }

    @Test
    void errorPagesAreNotCached() {
        mvc.get().uri("/deals/no-such-deal").exchange();

        assertThat(mvc.get().uri("/deals/no-such-deal").exchange()).hasStatus(404).doesNotContainHeader("ETag");
    }
}
