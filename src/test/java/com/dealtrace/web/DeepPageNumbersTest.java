package com.dealtrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.dealtrace.security.ApiTokens;
import com.dealtrace.support.DealtraceTest;
import com.dealtrace.support.Pages;
import com.dealtrace.support.StatementCounter;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A page number alone opens a list at most 20,000 rows in (an OFFSET reads every row before the page: a second for
 * the last sources at ten times the benchmark). A deeper number reads nothing and says how such pages are reached,
 * with a link to the first page; the API answers a problem naming {@code page}. Deeper pages stay reachable by their
 * Next and Previous links, which carry a cursor.
 */
@DealtraceTest
class DeepPageNumbersTest {

    private final MockMvcTester mvc;
    private final Pages site;

    @Autowired
    StatementCounter statements;

    @Autowired
    ApiTokens tokens;

    @Autowired
    DeepPageNumbersTest(MockMvcTester mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.site = new Pages(mvc, jdbc);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/deals?type=PARTNERSHIP&page=, 1001, '1,001', /deals?type=PARTNERSHIP",
            "/sources?risk=LOW&page=, 401, 401, /sources?publisher=&risk=LOW", "/parties?q=a&page=, 201, 201, /parties?q=a"})
    void aNumberPastTheDeepestSaysHowDeeperPagesAreReachedAndReadsNoRows(String list, int deepest, String shown,
            String first) {
        String html = site.page(list + deepest);
        assertThat(html).doesNotContain("too deep to open");

        statements.reset();
        html = site.page(list + (deepest + 1));
        assertThat(html).contains("is too deep to open by its number: pages past " + shown
                        + " are reached with Next and Previous")
                .contains("href=\"" + first.replace("&", "&amp;") + "\">Go to the first page</a>")
                .doesNotContain("No deal matches", "No source matches", "No party matches", "rel=\"next\"");
        assertThat(statements.sent()).noneSatisfy(query -> assertThat(query.getQuery()).containsIgnoringCase("offset"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/deals?page=1001&after=microsoft-mistral-ai-partnership", "/parties?page=5000&after=microsoft",
            "/sources?page=5000&after=1"})
    void aCursorOpensAPageAtAnyDepth(String url) {
        assertThat(site.page(url)).doesNotContain("too deep to open");
    }

    @org.junit.jupiter.api.Test
    void theMessageIsInSpanishToo() {
        var result = mvc.get().uri("/deals?page=5000&lang=es").exchange();
        assertThat(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .contains("La página 5.000 está demasiado lejos para abrirla por su número");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/deals?page=1002", "/api/v1/sources?page=402", "/api/v1/parties?page=202"})
    void theApiAnswersAProblemNamingThePage(String url) {
        assertThat(mvc.get().uri(url).header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.create("analyst", "deep"))
                .exchange()).hasStatus(400).bodyText().contains("page", "next and previous addresses");
    }
}
