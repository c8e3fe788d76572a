package com.dealtrace.confidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.dealtrace.deal.ConfidenceBand;
import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;
import com.dealtrace.support.GeneratedDeals;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

/** The confidence picture on the source-confidence page: sources by kind of publisher and risk, grades over time. */
@DealtraceTest
@Transactional
class ConfidencePictureTest {

    private static final String DEMO = "/deals/microsoft-mistral-ai-partnership/sources";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoDealShowsItsNineSourcesByKindAndRiskWithLinksToTheList() {
        String html = page(DEMO, As.ANALYST);
        String mix = svg(html, "mix-svg");

        assertThat(mix).contains("role=\"group\"", "aria-labelledby=\"mix-title\"",
                "<title id=\"mix-title\">Sources by kind of publisher and risk: 9 sources</title>");
        assertThat(segments(mix)).containsExactly("Company, Low risk: 4", "Regulator, Low risk: 2",
                "News wire, Medium risk: 1", "News outlet, Medium risk: 2");
        // each segment links to a source entry of the list on the same page, named by its count
        Matcher links = Pattern.compile("<a (?=[^>]*aria-label=\"[^\"]+: \\d+ sources?\")[^>]*href=\"#(source-\\d+)\"")
                .matcher(mix);
        int count = 0;
        while (links.find()) {
            assertThat(html).contains("id=\"" + links.group(1) + "\"");
            count++;
        }
        assertThat(count).isEqualTo(4);
        // the same numbers in a table, matching the database
        var expected = jdbc.sql("""
                        select s.publisher_kind || ' ' || s.risk || ' ' || count(distinct s.id)
                        from citation c join source s on s.id = c.source_id join deal d on d.id = c.deal_id
                        where d.slug = 'microsoft-mistral-ai-partnership' group by s.publisher_kind, s.risk""")
                .query(String.class).list();
        assertThat(expected).containsExactlyInAnyOrder("COMPANY LOW 4", "REGULATOR LOW 2", "NEWS_WIRE MEDIUM 1",
                "NEWS_OUTLET MEDIUM 2");
        assertThat(html.replaceAll(">\\s+<", "><")).contains(
                "<th scope=\"row\">Company</th><td>4</td><td>0</td><td>0</td><td>4</td>",
                "<th scope=\"row\">Regulator</th><td>2</td><td>0</td><td>0</td><td>2</td>",
                "<th scope=\"row\">News wire</th><td>0</td><td>1</td><td>0</td><td>1</td>",
                "<th scope=\"row\">News outlet</th><td>0</td><td>2</td><td>0</td><td>2</td>",
                "<th scope=\"row\">Blog</th><td>0</td><td>0</td><td>0</td><td>0</td>");
    }

    @Test
    void theDemoDealShowsItsGradesFromPointEightyToPointNinetyFourOverTheScale() {
        String html = page(DEMO, As.ANALYST);
        String grades = svg(html, "grades-svg");

        assertThat(grades).contains("aria-labelledby=\"grades-title\"",
                "<title id=\"grades-title\">Grades over time: 2 grades, the current one A (0.94)</title>");
        assertThat(count(grades, "<circle ")).isEqualTo(2);
        assertThat(count(grades, "class=\"point current\"")).isEqualTo(1);
        assertThat(grades).contains("0.80 (A/B) on 4 Mar 2024, by Dealtrace demo data",
                "0.94 (A) on 20 May 2024, by Dealtrace demo data", "current: A (0.94)");
        assertThat(count(grades, "<g class=\"band band-")).isEqualTo(ConfidenceBand.values().length);
        assertThat(grades).contains("A · High — direct sources", "A/B · Strong", ">0.90<", ">0.75<");
        assertThat(html).contains("2 grades, from 0.80 (A/B) on 4 Mar 2024 to 0.94 (A) on 20 May 2024, the current grade.");
    }

    @Test
    void aReaderWhoIsNotAMemberSeesOnlyTheCurrentGrade() {
        String grades = svg(page(DEMO, As.ANONYMOUS), "grades-svg");

        assertThat(count(grades, "<circle ")).isEqualTo(1);
        assertThat(grades).contains("Grades over time: 1 grade, the current one A (0.94)", "0.94 (A) on 20 May 2024")
                .doesNotContain("0.80 (");
    }

    @Test
    void aDealWithNoSourcesAndNoGradesSaysSoInsteadOfDrawing() {
        jdbc.sql("""
                        insert into deal (slug, title, type, status, announced_on, summary, state)
                        values ('bare-deal', 'A bare deal', 'PARTNERSHIP', 'RUMOURED', '2025-01-15', 'Nothing yet', 'PUBLISHED')""")
                .update();

        String html = page("/deals/bare-deal/sources", As.ANALYST);

        assertThat(html).doesNotContain("<svg", "mix-svg", "grades-svg")
                .contains("No source is cited, so the suggested score is 0.00.",
                        "No source is cited for this deal yet, so there is nothing to draw.",
                        "No admin has graded this deal yet, so there is no grade history to draw.");
    }

    @Test
    void fiftyGradesAreEachDrawnWithOnlyTheCurrentOneLabelled() {
        GeneratedDeals.create(jdbc, "graded-deal", 3, "graded");
        jdbc.sql("""
                        insert into confidence_assessment (deal_id, score, grade, rationale, assessed_by, assessed_at)
                        select d.id, g.score, case when g.score >= 0.90 then 'A' when g.score >= 0.75 then 'A/B'
                                   when g.score >= 0.55 then 'B/C' when g.score >= 0.35 then 'C/D' else 'D' end,
                               'step ' || g.n, 'admin', timestamptz '2020-01-01 12:00+00' + g.n * interval '30 days'
                        from deal d,
                             (select n, round((0.05 + 0.9 * n / 48.0)::numeric, 2) as score
                              from generate_series(0, 48) n) g
                        where d.slug = 'graded-deal'""")
                .update();

        String grades = svg(page("/deals/graded-deal/sources", As.ANALYST), "grades-svg");

        assertThat(count(grades, "<circle ")).isEqualTo(50);
        assertThat(count(grades, "<title>")).isEqualTo(50);
        assertThat(count(grades, "class=\"current-label\"")).isEqualTo(1);
        assertThat(grades).contains("Grades over time: 50 grades, the current one B/C (0.60)");
    }

    @Test
    void hostileTitlesAndNamesReachTheDrawingsEscaped() {
        String payload = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
        GeneratedDeals.create(jdbc, "hostile-deal", 3, payload);

        String html = page("/deals/hostile-deal/sources", As.ANALYST);
        String drawings = svg(html, "mix-svg") + svg(html, "grades-svg");

        assertThat(drawings).doesNotContain("<script>", "<img").contains("Source 1 &lt;script&gt;alert(",
                "by &lt;script&gt;alert(");
    }

    @Test
    void thePageDrawsTheSameEveryTime() {
        String first = page(DEMO, As.ADMIN);
        String second = page(DEMO, As.ADMIN);

        assertThat(svg(second, "mix-svg")).isEqualTo(svg(first, "mix-svg"));
        assertThat(svg(second, "grades-svg")).isEqualTo(svg(first, "grades-svg"));
    }

    private String page(String url, As who) {
        var result = mvc.get().uri(url).with(who.user()).exchange();
        assertThat(result).as(url).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    /** The one drawing of the page with this class. */
    private static String svg(String html, String cssClass) {
        int start = html.indexOf("<svg class=\"" + cssClass + "\"");
        assertThat(start).as(cssClass).isNotNegative();
        assertThat(html.indexOf("<svg class=\"" + cssClass + "\"", start + 1)).isNegative();
        return html.substring(start, html.indexOf("</svg>", start) + 6);
    }

    /** "Kind, Risk: count" of each segment, in the order drawn. */
    private static List<String> segments(String svg) {
        return Pattern.compile("<title>([^<:]+: \\d+) sources? —").matcher(svg).results().map(m -> m.group(1)).toList();
    }

    private static int count(String text, String part) {
        return (int) Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}
