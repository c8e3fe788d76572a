package com.dealtrace.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;

import com.dealtrace.security.Audience;
import com.dealtrace.support.DealtraceTest;
import com.dealtrace.support.GeneratedDeals;
import com.dealtrace.support.Plans;
import com.dealtrace.support.StatementCounter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

/** The deal list: sorted by any of its columns, counted up to a bound, regulators not listed as parties. */
@DealtraceTest
@Transactional
class DealListTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DealService deals;

    @Autowired
    StatementCounter statements;

    @Autowired
    DataSource dataSource;

    /**
     * One or two letters match whole words of a title, a party's names or the region, as search matches them (a part
     * that short cannot use a trigram index, and finds mostly noise: "us" in "Russia"); three letters or more match
     * a part. The page says so.
     */
    @Test
    void oneOrTwoLettersMatchWholeWords() {
        jdbc.sql("""
                insert into deal (slug, title, type, status, region, state) values
                    ('short-us', 'Short words one', 'PARTNERSHIP', 'ANNOUNCED', 'US / EU', 'PUBLISHED'),
                    ('short-russia', 'Short words two', 'PARTNERSHIP', 'ANNOUNCED', 'Russia', 'PUBLISHED')""").update();

        assertThat(mvc.get().uri("/deals?region=us").exchange()).bodyText()
                .contains("/deals/short-us\"").doesNotContain("/deals/short-russia\"")
                .contains("one or two letters match whole words only");
        assertThat(mvc.get().uri("/deals?region=rus").exchange()).bodyText()
                .contains("/deals/short-russia\"").doesNotContain("/deals/short-us\"")
                .doesNotContain("one or two letters match whole words only");
        assertThat(mvc.get().uri("/deals?q=AI").exchange()).bodyText()
                .contains("/deals/microsoft-mistral-ai-partnership\"");
        // "st" only inside "Mistral" and "Microsoft": no whole word
        assertThat(mvc.get().uri("/deals?q=st").exchange()).bodyText()
                .doesNotContain("/deals/microsoft-mistral-ai-partnership\"");
        assertThat(mvc.get().uri("/deals?q=str").exchange()).bodyText()
                .contains("/deals/microsoft-mistral-ai-partnership\"");
        assertThat(mvc.get().uri("/deals?q=Microsoft").exchange()).bodyText()
                .contains("/deals/microsoft-mistral-ai-partnership\"");
    }

    @Test
    void eachSortableColumnOrdersTheListAndReversesOnTheSecondClick() {
        GeneratedDeals.create(jdbc, "zz-one-event", 1, "sorting");
        GeneratedDeals.create(jdbc, "zz-five-events", 5, "sorting");
        GeneratedDeals.create(jdbc, "zz-three-events", 3, "sorting");
        jdbc.sql("update deal set title = 'Deal sorting ' || slug where slug like 'zz-%'").update();

        assertThat(slugs(DealSort.EVENTS, false)).containsExactly("zz-five-events", "zz-three-events", "zz-one-event");
        assertThat(slugs(DealSort.EVENTS, true)).containsExactly("zz-one-event", "zz-three-events", "zz-five-events");
        assertThat(slugs(DealSort.SOURCES, false)).containsExactly("zz-five-events", "zz-three-events", "zz-one-event");
        assertThat(slugs(DealSort.LATEST_EVENT, false)).containsExactly("zz-five-events", "zz-three-events", "zz-one-event");
        assertThat(slugs(DealSort.TITLE, false)).containsExactly("zz-five-events", "zz-one-event", "zz-three-events");
        assertThat(slugs(DealSort.TITLE, true)).containsExactly("zz-three-events", "zz-one-event", "zz-five-events");

        assertThat(mvc.get().uri("/deals").param("q", "sorting").param("sort", "EVENTS").exchange()).hasStatusOk()
                .bodyText()
                .contains("aria-sort=\"descending\"><a href=\"/deals?q=sorting&amp;sort=EVENTS&amp;reverse=true\">Events")
                .contains("aria-sort=\"none\"><a href=\"/deals?q=sorting&amp;sort=TITLE\">Deal");
    }

    @Test
    void theKeptSortColumnsFollowEventsCitationsGradesAndCases() {
        GeneratedDeals.create(jdbc, "kept-deal", 4, "kept");
        assertThat(row("kept-deal")).containsExactly(4, 4, "2020-01-05", "0.60", null);

        jdbc.sql("update event set deleted_at = now() where deal_id = (select id from deal where slug = 'kept-deal') and occurred_on = '2020-01-05'").update();
        jdbc.sql("""
                insert into confidence_assessment (deal_id, score, grade, rationale, assessed_by, assessed_at)
                select id, 0.91, 'A', 'Better sourced', 'test', now() + interval '1 minute' from deal where slug = 'kept-deal'""").update();
        jdbc.sql("""
                insert into regulatory_case (slug, deal_id, regulator_id, title, jurisdiction, status, opened_on)
                select 'kept-case', d.id, p.id, 'A review', 'UK', 'PHASE_2', '2024-01-01' from deal d, party p
                where d.slug = 'kept-deal' and p.slug = 'uk-cma'""").update();

        assertThat(row("kept-deal")).containsExactly(3, 4, "2020-01-04", "0.91", "PHASE_2");
    }

    @Test
    void theListShowsTheScoreBesideTheGradeAndLeavesRegulatorsOutOfTheParties() {
        assertThat(mvc.get().uri("/deals").param("q", "Microsoft").exchange()).hasStatusOk().bodyText()
                .contains("Microsoft, Mistral AI")
                .doesNotContain("Competition and Markets Authority", "European Commission")
                .containsPattern(">A</span> <span class=\"score\">94\\s?%</span>");
    }

    @Test
    void aCountPastTheBoundIsShownAsMoreAndThePageLinksStayUsable() {
        manyDeals();

        var first = deals.list(filter(null, false, null), Audience.PUBLIC);
        assertThat(first.more()).isTrue();
        assertThat(first.shownTotal()).isEqualTo(DealQueries.COUNT_BOUND);
        assertThat(mvc.get().uri("/deals").exchange()).hasStatusOk().bodyText()
                .contains("<strong>1,000+</strong>", "href=\"/deals?page=2&amp;after=");

        var deep = deals.list(filter(null, false, 60), Audience.PUBLIC);
        assertThat(deep.deals()).hasSize(DealFilter.PAGE_SIZE);
        assertThat(deep.hasNext()).as("page 60 of more than 1,000 deals links on").isTrue();
    }

    @ParameterizedTest
    @EnumSource(DealSort.class)
    void everySortReadsItsIndexInsteadOfSortingEveryDeal(DealSort sort) throws Exception {
        manyDeals();
        jdbc.sql("analyze deal").update();
        statements.reset();
        assertThat(mvc.get().uri("/deals").param("sort", sort.name()).exchange()).hasStatusOk();
        String plan = Plans.explain(dataSource, statements.sent().get(0));

        assertThat(plan).as(plan).containsPattern("Index Scan (Backward )?using deal_\\w+_idx on deal d_1")
                .doesNotContainPattern("Sort Key: d_1\\.");
    }

    private void manyDeals() {
        jdbc.sql("""
                insert into deal (slug, title, type, status, announced_on, state)
                select 'many-' || n, 'Many ' || n, 'PARTNERSHIP', 'ANNOUNCED', date '2010-01-01' + n, 'PUBLISHED'
                from generate_series(1, 1300) n""").update();
    }

    private List<String> slugs(DealSort sort, boolean reverse) {
        return deals.list(new DealFilter("sorting", null, null, null, null, null, null, null, null, sort, reverse),
                        Audience.PUBLIC)
                .deals().stream().map(DealSummary::slug).toList();
    }

    private static DealFilter filter(DealSort sort, boolean reverse, Integer page) {
        return new DealFilter(null, null, null, null, null, null, null, null, page, sort, reverse);
    }

    private List<Object> row(String slug) {
        return jdbc.sql("""
                        select event_count, source_count, latest_event_on::text, grade_score::text, case_status
                        from deal where slug = :slug""")
                .param("slug", slug)
                .query((rs, n) -> java.util.Arrays.<Object>asList(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .single();
    }
}
