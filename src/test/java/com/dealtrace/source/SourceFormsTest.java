package com.dealtrace.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;
import com.dealtrace.support.Pages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

/** The source form: only web addresses, one source a document, a like title held back; a mistake keeps the input. */
@DealtraceTest
@Transactional
class SourceFormsTest {

    private final JdbcClient jdbc;
    private final Pages pages;

    @Autowired
    SourceFormsTest(MockMvcTester mvc, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.pages = new Pages(mvc, jdbc);
    }

    @Test
    void aKnownAddressOffersTheExistingSourceInsteadOfADuplicate() {
        var result = pages.post("/sources/new", "url", "HTTP://www.Mistral.ai/news/mistral-large#top", "title", "Copy",
                "publisherName", "Mistral", "publisherKind", "COMPANY", "risk", "LOW", "language", "en");

        assertThat(result).hasStatus(422).bodyText()
                .contains("This document is already a source: “Au Large”.", "Cite that source instead")
                .contains("href=\"/sources/" + pages.id("select id from source where title = 'Au Large'") + "\"");
        assertThat(pages.count("select count(*) from source")).isEqualTo(9);
    }

    @Test
    void onlyHttpAndHttpsAddressesAreAccepted() {
        for (String url : new String[] {"javascript:alert(1)", "ftp://example.org/file", "example.org/page"}) {
            assertThat(pages.post("/sources/new", "url", url, "title", "T", "publisherName", "P", "publisherKind", "BLOG",
                    "risk", "HIGH", "language", "en")).as(url).hasStatus(422).bodyText()
                    .contains("Give a full http or https address");
        }
    }

    @Test
    void aNewSourceIsStoredWithItsNormalisedKey() {
        var result = pages.post("/sources/new", "url", "https://www.example.org/report/?utm_source=x", "title", "A report",
                "publisherParty", "microsoft", "publisherKind", "COMPANY", "risk", "LOW", "language", "en",
                "notes", "Members-only note");

        assertThat(result).hasStatus3xxRedirection();
        assertThat(jdbc.sql("select url_key || ' ' || publisher_name from source where title = 'A report'")
                .query(String.class).single()).isEqualTo("example.org/report Microsoft");
        String page = "/sources/" + pages.id("select id from source where title = 'A report'");
        assertThat(pages.get(page, As.ANALYST)).bodyText().contains("Members-only note");
        assertThat(pages.get(page, As.ANONYMOUS)).bodyText().doesNotContain("Members-only note");
    }

    @Test
    void aNewSourceWithALikeTitleIsHeldBackWithALinkUntilSavedAnyway() {
        String[] like = {"url", "https://news.example.org/microsoft-mistral", "title", "Microsoft and Mistral AI announce a new partnership",
                "publisherName", "Example News", "publisherKind", "NEWS_OUTLET", "risk", "MEDIUM", "language", "en",
                "summary", "Typed with care"};
        assertThat(pages.post("/sources/new", like)).hasStatusOk().bodyText()
                .contains("A source with a title like this may be in Dealtrace already",
                        "href=\"/sources/" + pages.id("select id from source where title = 'Microsoft and Mistral AI announce new partnership'") + "\"",
                        "value=\"https://news.example.org/microsoft-mistral\"", "Typed with care", "name=\"saveAnyway\"");
        assertThat(pages.count("select count(*) from source where url like '%news.example.org%'")).isZero();

        var saved = Stream.concat(Stream.of(like), Stream.of("saveAnyway", "true")).toArray(String[]::new);
        assertThat(pages.post("/sources/new", saved)).hasStatus3xxRedirection();
        assertThat(pages.count("select count(*) from source where url like '%news.example.org%'")).isOne();
    }
}
