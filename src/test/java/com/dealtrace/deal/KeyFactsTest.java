package com.dealtrace.deal;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The brief, the timeline and the sources page open with the key facts: status and amount, the latest regulatory
 * outcome with its date, the grade with its date and one line of why, how much of the timeline is sourced, the
 * latest event.
 */
@DealtraceTest
class KeyFactsTest {

    private static final String DEAL = "/deals/microsoft-mistral-ai-partnership";
    private static final List<String> PAGES = List.of(DEAL, DEAL + "/timeline", DEAL + "/sources");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theBriefTimelineAndSourcesPagesOpenWithTheKeyFactsBeforeTheTabs() {
        long events = count("select count(*) from event e join deal d on d.id = e.deal_id where d.slug = 'microsoft-mistral-ai-partnership' and e.deleted_at is null");
        long sourced = count("""
                select count(*) from event e join deal d on d.id = e.deal_id
                where d.slug = 'microsoft-mistral-ai-partnership' and e.deleted_at is null
                  and exists (select 1 from citation c where c.event_id = e.id)""");
        for (String path : PAGES) {
            String strip = strip(page(path, As.ANALYST, "en"));
            assertThat(strip).as(path)
                    .contains("Status", "<strong>Active</strong>", "EUR 15 m")
                    .contains("Regulatory outcome", "Competition and Markets Authority", "Does not qualify for investigation")
                    .contains("Grade", "94 %").containsPattern("graded\\s+<time")
                    .contains(sourced + " of " + events + " events sourced")
                    .contains("Latest event", "href=\"" + DEAL + "/timeline#event-");
            assertThat(strip).as(path + ": the decision's date").containsPattern("· <time datetime=\"2024-\\d\\d-\\d\\d\">\\d{1,2} \\w{3} 2024</time>");
        }
    }

    @Test
    void theLatestRegulatoryOutcomeIsTheCaseDecidedLastWithItsDate() {
        var decided = jdbc.sql("""
                        select rc.decided_on from regulatory_case rc join deal d on d.id = rc.deal_id
                        where d.slug = 'microsoft-mistral-ai-partnership' and rc.decided_on is not null
                        order by rc.decided_on desc limit 1""").query(java.time.LocalDate.class).single();

        assertThat(strip(page(DEAL, As.ANONYMOUS, "en"))).contains("<time datetime=\"" + decided + "\">");
    }

    @Test
    void theUnsourcedLinkLeadsToTheEarliestEventWithoutASource() {
        Long first = jdbc.sql("""
                        select e.id from event e join deal d on d.id = e.deal_id
                        where d.slug = 'microsoft-mistral-ai-partnership' and e.deleted_at is null
                          and not exists (select 1 from citation c where c.event_id = e.id)
                        order by e.occurred_on, e.id limit 1""").query(Long.class).optional().orElse(null);
        String strip = strip(page(DEAL + "/sources", As.ANONYMOUS, "en"));
        if (first == null) {
            assertThat(strip).doesNotContain("first unsourced event");
            return;
        }
        assertThat(strip).contains("<a href=\"" + DEAL + "/timeline#event-" + first + "\">first unsourced event</a>");
        assertThat(page(DEAL + "/timeline", As.ANONYMOUS, "en")).contains("id=\"event-" + first + "\"");
    }

    @Test
    void membersReadOneLineOfWhyAndAnonymousReadersNone() {
        String rationale = jdbc.sql("""
                        select ca.rationale from confidence_assessment ca join deal d on d.id = ca.deal_id
                        where d.slug = 'microsoft-mistral-ai-partnership' order by ca.assessed_at desc, ca.id desc limit 1""")
                .query(String.class).single();
        String why = new KeyFacts(0, 0, null, null, null, OffsetDateTime.now(), rationale).why();

        assertThat(strip(page(DEAL, As.ANALYST, "en"))).contains("class=\"why\"", why.substring(0, 40));
        assertThat(strip(page(DEAL, As.ANONYMOUS, "en"))).doesNotContain("class=\"why\"", why.substring(0, 40));
    }

    @Test
    void anAdminReachesGradeThisDealFromTheTopOfTheSourcesPage() {
        String html = page(DEAL + "/sources", As.ADMIN, "en");
        String strip = strip(html);

        assertThat(strip).contains("<a href=\"" + DEAL + "/sources#grade-form-h\">Grade this deal</a>");
        assertThat(html).contains("id=\"grade-form-h\"");
        assertThat(strip(page(DEAL + "/sources", As.EDITOR, "en"))).doesNotContain("Grade this deal");
    }

    @Test
    void aDealAwaitingAGradeSaysSoInTheStrip() {
        String strip = strip(page("/deals/asml-mistral-ai-series-c", As.ANONYMOUS, "en"));

        assertThat(strip).contains("Awaiting a grade", "Latest event").containsPattern("\\d+ of \\d+ events sourced");
    }

    @Test
    void theStripSpeaksSpanish() {
        String strip = strip(page(DEAL + "/timeline", As.ANALYST, "es"));

        assertThat(strip).contains("Estado", "Resultado regulatorio", "Calificación", "otorgada el", "eventos con fuente",
                "Último evento", "de 2024</time>", "15\u00a0M\u00a0EUR");
    }

    @Test
    void theDealListShowsTheScoreBesideTheGradeLetter() {
        assertThat(page("/deals", As.ANONYMOUS, "en")).containsPattern(
                "<span class=\"grade grade-high\">A</span> <span class=\"score\">94\\s%</span>");
    }

    @Test
    void whyIsTheFirstSentenceCutNearAWordBoundary() {
        assertThat(why("Primary documents back it. The amount is reported.")).isEqualTo("Primary documents back it.");
        assertThat(why("  One line\nwithout a full stop  ")).isEqualTo("One line without a full stop");
        assertThat(why("Version 1.5 is named. Then more.")).isEqualTo("Version 1.5 is named.");
        String longSentence = "word ".repeat(60).trim() + ".";
        assertThat(why(longSentence)).endsWith("…").hasSizeLessThanOrEqualTo(KeyFacts.WHY_LENGTH + 1)
                .doesNotContain("wor…");
        assertThat(why(null)).isNull();
    }

    private static String why(String rationale) {
        return new KeyFacts(0, 0, null, null, null, null, rationale).why();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** The strip's HTML; it must come before the tabs between the deal's pages. */
    private static String strip(String html) {
        int start = html.indexOf("<section class=\"key-facts\"");
        assertThat(start).as("the key facts strip").isPositive();
        assertThat(start).as("the strip comes before the tabs").isLessThan(html.indexOf("class=\"tabs\""));
        return html.substring(start, html.indexOf("</section>", start));
    }

    private String page(String url, As role, String language) {
        var result = mvc.get().uri(url).with(role.user()).accept(MediaType.TEXT_HTML)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language).exchange();
        assertThat(result).as(url).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
