package com.dealtrace.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;

import com.dealtrace.security.Audience;
import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;
import com.dealtrace.support.GeneratedDeals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

@DealtraceTest
@Transactional
class SearchTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SearchService search;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void wordsInAnyFormFindEveryKindGroupedAndMarked() {
        var view = search.search("investigation", null, 1, Audience.PUBLIC);

        assertThat(view.groups()).extracting(SearchView.Group::kind).containsExactly(SearchKind.values());
        var events = group(view, SearchKind.EVENT);
        assertThat(events.total()).isGreaterThanOrEqualTo(1);
        assertThat(events.hits().get(0).title()).contains(new SearchView.Segment("investigation", true));
        assertThat(events.hits().get(0).href()).startsWith("/deals/microsoft-mistral-ai-partnership/timeline#event-");
        assertThat(group(view, SearchKind.CASE).total()).isZero();
    }

    /**
     * Only words to leave out name nothing to find (they would match nearly every row: 280 ms for "-bench" at ten times
     * the benchmark), so nothing is found; with a word to find, the words left out still narrow it. Search operators
     * and words under three letters are not matched as parts of names.
     */
    @Test
    void wordsToLeaveOutAloneFindNothingAndOperatorsAreNotMatchedAsParts() {
        assertThat(search.search("-mistral", null, 1, Audience.PUBLIC).groups()).isEmpty();
        assertThat(search.search("-mistral or -azure", null, 1, Audience.PUBLIC).groups()).isEmpty();
        assertThat(group(search.search("Microsoft", null, 1, Audience.PUBLIC), SearchKind.DEAL).hits())
                .extracting(SearchView.Hit::href).contains("/deals/microsoft-mistral-ai-partnership");
        assertThat(group(search.search("Microsoft -Mistral", null, 1, Audience.PUBLIC), SearchKind.DEAL).hits())
                .extracting(SearchView.Hit::href).doesNotContain("/deals/microsoft-mistral-ai-partnership");
        assertThat(SearchService.matchesParts("Mensc")).isTrue();
        assertThat(SearchService.matchesParts("co-op")).isTrue();
        assertThat(SearchService.matchesParts("\"convertible note\"")).isFalse();
        assertThat(SearchService.matchesParts("azure -mistral")).isFalse();
        assertThat(SearchService.matchesParts("azure or mistral")).isFalse();
        assertThat(SearchService.matchesParts("a b")).isFalse();
    }

    @Test
    void partsOfNamesMatchThroughTrigrams() {
        assertThat(group(search.search("Mensc", null, 1, Audience.PUBLIC), SearchKind.PARTY).hits())
                .extracting(SearchView.Hit::href).contains("/parties/arthur-mensch");
        assertThat(group(search.search("TechCr", null, 1, Audience.PUBLIC), SearchKind.SOURCE).total()).isOne();
    }

    @Test
    void spanishTranslationsAreSearchedWithSpanishStemming() {
        assertThat(group(search.search("distribución convertible", null, 1, Audience.PUBLIC), SearchKind.DEAL).hits())
                .extracting(SearchView.Hit::href).contains("/deals/microsoft-mistral-ai-partnership");
    }

    /** The help under the search box gives an example of a word found in another form; it must hold in each language. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void theHelpsExampleOfAWordInAnotherFormIsTrue(String language) {
        String help = messages.getMessage("search.help", null, Locale.forLanguageTag(language));
        var example = Pattern.compile("[«\"“]([^»\"”]+)[»\"”] (?:finds|encuentra) [«\"“]([^»\"”]+)[»\"”]").matcher(help);
        assertThat(example.find()).as(help).isTrue();
        String typed = example.group(1);
        String written = example.group(2);
        assertThat(typed).isNotEqualToIgnoringCase(written);

        GeneratedDeals.create(jdbc, "help-example", 1, "zq");
        if (language.equals("en")) {
            jdbc.sql("update deal set summary = 'A ' || :written || ' by zq.' where slug = 'help-example'")
                    .param("written", written).update();
        }
        else {
            // deal translations are the text searched with Spanish stemming
            jdbc.sql("""
                            insert into deal_translation (deal_id, language, title, summary)
                            select id, 'es', 'Ejemplo zq', 'Una ' || :written || ' de zq.' from deal where slug = 'help-example'""")
                    .param("written", written).update();
        }

        assertThat(group(search.search(typed, SearchKind.DEAL, 1, Audience.PUBLIC), SearchKind.DEAL).hits())
                .as("«%s» finds «%s»", typed, written)
                .extracting(SearchView.Hit::href).contains("/deals/help-example");
    }

    @Test
    void resultsRespectWhoMayReadTheDeal() {
        jdbc.sql("update deal set visibility = 'MEMBERS' where slug = 'asml-mistral-ai-series-c'").update();

        assertThat(group(search.search("Series C", SearchKind.DEAL, 1, Audience.PUBLIC), SearchKind.DEAL).total()).isZero();
        assertThat(group(search.search("Series C", SearchKind.DEAL, 1, Audience.MEMBER), SearchKind.DEAL).total()).isOne();
    }

    /** Only the first 1,001 matches are ranked: deals a reader may not see never take their places. */
    @Test
    void hiddenDealsNeverCrowdOutTheOnesAReaderMaySee() {
        jdbc.sql("""
                insert into deal (slug, title, type, status, state, visibility)
                select 'okapi-' || n, 'Okapi venture ' || n, 'PARTNERSHIP', 'ANNOUNCED',
                       case when n <= 1100 then 'DRAFT' else 'PUBLISHED' end, 'PUBLIC'
                from generate_series(1, 1103) n""").update();

        assertThat(group(search.search("okapi", SearchKind.DEAL, 1, Audience.PUBLIC), SearchKind.DEAL).total()).isEqualTo(3);
        assertThat(group(search.search("ok", SearchKind.DEAL, 1, Audience.PUBLIC), SearchKind.DEAL).total()).isZero();
        assertThat(group(search.search("okapi", SearchKind.DEAL, 1, Audience.EDITOR), SearchKind.DEAL).total()).isEqualTo(1001);
    }

    @Test
    void oneKindIsPagedTwentyAtATime() {
        GeneratedDeals.create(jdbc, "paged-deal", 45, "zebrafish");

        var first = group(search.search("zebrafish", SearchKind.EVENT, 1, Audience.PUBLIC), SearchKind.EVENT);
        var third = group(search.search("zebrafish", SearchKind.EVENT, 3, Audience.PUBLIC), SearchKind.EVENT);
        assertThat(first.total()).isEqualTo(45);
        assertThat(first.hits()).hasSize(20);
        assertThat(third.hits()).hasSize(5);
    }

    /** Regression: a page past the last result (an old link, a page number typed in) said "Nothing matches". */
    @Test
    void aPagePastTheLastResultSaysSoAndLinksToTheFirst() {
        GeneratedDeals.create(jdbc, "past-deal", 25, "narwhal");

        assertThat(mvc.get().uri("/search?q=narwhal&kind=EVENT&page=9").exchange()).hasStatusOk().bodyText()
                .contains("Page 9 is past the last result", "href=\"/search?q=narwhal&amp;kind=EVENT\"")
                .doesNotContain("Nothing matches");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "' or 1=1 --", "\"unclosed", "!!! & | :*", "a"})
    void oddQueriesNeverFailAndComeBackEscaped(String query) {
        var result = mvc.get().uri("/search").param("q", query).with(As.ANONYMOUS.user()).exchange();

        assertThat(result).hasStatusOk().bodyText().doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void thePageMarksMatchesWithoutTrustingStoredHtml() {
        GeneratedDeals.create(jdbc, "marked-deal", 2, "<b>walrus</b>");

        assertThat(mvc.get().uri("/search").param("q", "walrus").exchange()).hasStatusOk().bodyText()
                .contains("<mark>walrus</mark>", "&lt;b&gt;").doesNotContain("<b>walrus");
    }

    @Test
    void aVeryLongQueryIsCutNotRefused() {
        assertThat(mvc.get().uri("/search").param("q", "x".repeat(5_000)).exchange()).hasStatusOk().bodyText()
                .contains("Only the first 200 characters");
    }

    @Test
    void partiesAreFoundByTheirAliases() {
        jdbc.sql("update party set aliases = '{MSFT}' where slug = 'microsoft'").update();
        jdbc.sql("""
                insert into party (slug, name, kind, aliases) values
                    ('run-ai', 'Run:ai', 'COMPANY', '{Runai}'),
                    ('anthropic', 'Anthropic', 'COMPANY', '{"Anthropic PBC"}')""").update();

        assertThat(partyHits("Runai")).contains("/parties/run-ai");
        assertThat(partyHits("MSFT")).contains("/parties/microsoft");
        assertThat(partyHits("msft")).contains("/parties/microsoft");
        assertThat(partyHits("Anthropic PBC")).contains("/parties/anthropic");
        assertThat(partyHits("Runa")).as("part of an alias, through trigrams").contains("/parties/run-ai");
        assertThat(mvc.get().uri("/search").param("q", "MSFT").exchange()).hasStatusOk().bodyText().contains("/parties/microsoft");
    }

    @Test
    void aBroadWordIsCountedUpToABoundAndShownAsMore() {
        GeneratedDeals.create(jdbc, "broad-deal", SearchService.BOUND + 5, "quagga");

        var events = group(search.search("quagga", SearchKind.EVENT, 1, Audience.PUBLIC), SearchKind.EVENT);
        assertThat(events.total()).isEqualTo(SearchService.BOUND + 1);
        assertThat(events.bounded()).isTrue();
        assertThat(events.hits()).hasSize(20);
        assertThat(mvc.get().uri("/search").param("q", "quagga").exchange()).hasStatusOk().bodyText()
                .contains("(1,000+)", "All 1,000+ events");
    }

    @Test
    void oneOrTwoLettersMatchWholeWordsNotPartsOfWords() {
        GeneratedDeals.create(jdbc, "short-word", 1, "qx");
        GeneratedDeals.create(jdbc, "longer-word", 1, "qxv");

        assertThat(group(search.search("qx", SearchKind.DEAL, 1, Audience.PUBLIC), SearchKind.DEAL).hits())
                .extracting(SearchView.Hit::href).containsExactly("/deals/short-word");
        assertThat(group(search.search("qxv", SearchKind.DEAL, 1, Audience.PUBLIC), SearchKind.DEAL).hits())
                .extracting(SearchView.Hit::href).containsExactly("/deals/longer-word");
        assertThat(mvc.get().uri("/search").param("q", "qx").exchange()).hasStatusOk().bodyText()
                .contains("match whole words only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DEAL", "PARTY", "SOURCE", "EVENT", "CASE"})
    void everySearchQueryIsServedByAnIndex(SearchKind kind) {
        // with sequential scans priced out, a plan that still scans a searched table has no index to use
        jdbc.sql("set local enable_seqscan = off").update();
        var plan = jdbc.sql("explain " + SearchService.sql(kind, Audience.PUBLIC))
                .param("q", "partnership").param("raw", "partnership").param("like", "%partnership%")
                .param("bound", 1001).param("limit", 20).param("offset", 0)
                .query(String.class).list();

        assertThat(String.join("\n", plan)).as(String.join("\n", plan))
                .doesNotContainPattern("Seq Scan on (deal|party|source|event|regulatory_case|deal_translation)\\b");
    }

    private java.util.List<String> partyHits(String query) {
        return group(search.search(query, SearchKind.PARTY, 1, Audience.PUBLIC), SearchKind.PARTY).hits().stream()
                .map(SearchView.Hit::href).toList();
    }

    private static SearchView.Group group(SearchView view, SearchKind kind) {
        return view.groups().stream().filter(g -> g.kind() == kind).findFirst().orElseThrow();
    }
}
