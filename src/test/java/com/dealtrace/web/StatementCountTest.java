package com.dealtrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealtrace.support.DealtraceTest;
import com.dealtrace.support.GeneratedDeals;
import com.dealtrace.support.StatementCounter;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

/** The number of SQL statements a page sends does not grow with the number of events, sources and citations. */
@DealtraceTest
@Transactional
class StatementCountTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatementCounter statements;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/deals/%s", "/deals/%s/timeline", "/deals/%s/sources", "/parties/%s-party",
            "/parties/%s-party/network"})
    void statementsPerDealPageDoNotGrowWithTheDeal(String page) {
        GeneratedDeals.create(jdbc, "small-deal", 2, "small");
        GeneratedDeals.create(jdbc, "large-deal", 120, "large");

        int small = statementsFor(page.formatted("small-deal"));
        int large = statementsFor(page.formatted("large-deal"));

        assertThat(large).isEqualTo(small).isLessThanOrEqualTo(3);
    }

    /** The deal pages as of a day read the same tables through the row versions: as many statements as today's. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/deals/%s?asOf=%s", "/deals/%s/timeline?asOf=%s", "/deals/%s/sources?asOf=%s"})
    void statementsPerDealPageAsOfADayDoNotGrowWithTheDeal(String page) {
        GeneratedDeals.create(jdbc, "small-deal", 2, "small");
        GeneratedDeals.create(jdbc, "large-deal", 120, "large");
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();

        int small = statementsFor(page.formatted("small-deal", today));
        int large = statementsFor(page.formatted("large-deal", today));

        assertThat(large).isEqualTo(small).isLessThanOrEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/cases/cma-microsoft-mistral-ai", "/deals", "/deals?q=deal&type=INVESTMENT", "/sources", "/cases", "/parties",
            "/search?q=bulk", "/search?q=bulk&kind=EVENT", "/deals?sort=GRADE&reverse=true&page=2&after=microsoft-mistral-ai-partnership",
            "/deals?sort=LATEST_EVENT&page=3&before=microsoft-mistral-ai-partnership", "/parties?page=2&after=microsoft",
            "/parties?page=3&before=mistral-ai", "/cases?page=2&after=cma-microsoft-mistral-ai", "/cases?q=review&regulator=cma",
            "/sources?page=3&before=5"})
    void statementsPerListPageDoNotGrowWithTheData(String page) {
        int before = statementsFor(page);
        for (int i = 0; i < 25; i++) {
            GeneratedDeals.create(jdbc, "bulk-" + i, 3, "bulk " + i);
        }

        assertThat(statementsFor(page)).isEqualTo(before).isLessThanOrEqualTo(3);
    }

    /** The inbox and the header's unread count: one statement for the changes whether 10 or 10,000 are unread. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/account/inbox", "/account/following", "/deals"})
    void statementsOfTheInboxDoNotGrowWithItsChanges(String page) {
        jdbc.sql("""
                        insert into follow (user_id, deal_id)
                        select u.id, d.id from app_user u, deal d where u.username = 'analyst' and d.slug = 'microsoft-mistral-ai-partnership'""")
                .update();
        changes(10);
        int ten = statementsFor(page, com.dealtrace.support.As.ANALYST);
        changes(9_990);
        int tenThousand = statementsFor(page, com.dealtrace.support.As.ANALYST);

        assertThat(tenThousand).isEqualTo(ten).isLessThanOrEqualTo(5);
    }

    private void changes(int count) {
        jdbc.sql("""
                        insert into change_log (entity, entity_id, deal_id, action, summary, changed_by)
                        select 'DEAL', d.id, d.id, 'UPDATED', 'Bulk change ' || n, 'editor'
                        from deal d, generate_series(1, :count) n where d.slug = 'microsoft-mistral-ai-partnership'""")
                .param("count", count).update();
    }

    private int statementsFor(String url, com.dealtrace.support.As who) {
        statements.reset();
        assertThat(mvc.get().uri(url).with(who.user()).exchange()).as(url).hasStatusOk();
        return statements.count();
    }

    @org.junit.jupiter.api.Test
    void theDisputedQueueAndADisputedTimelineTakeAFewStatementsWhateverTheirSize() {
        GeneratedDeals.create(jdbc, "disputed-deal", 40, "disputed");
        statements.reset();
        assertThat(mvc.get().uri("/admin/disputes").with(com.dealtrace.support.As.ADMIN.user()).exchange()).hasStatusOk();
        int none = statements.count();
        jdbc.sql("update citation set stance = 'CONTRADICTS' where deal_id = (select id from deal where slug = 'disputed-deal')")
                .update();
        statements.reset();
        assertThat(mvc.get().uri("/admin/disputes").with(com.dealtrace.support.As.ADMIN.user()).exchange()).hasStatusOk();

        assertThat(statements.count()).isEqualTo(none);
        assertThat(statementsFor("/deals/disputed-deal/timeline")).isLessThanOrEqualTo(3);
        assertThat(statementsFor("/deals/disputed-deal/sources")).isLessThanOrEqualTo(3);
    }

    private int statementsFor(String url) {
        statements.reset();
        assertThat(mvc.get().uri(url).exchange()).as(url).hasStatusOk();
        return statements.count();
    }
}
