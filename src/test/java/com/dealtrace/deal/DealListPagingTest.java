package com.dealtrace.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.dealtrace.support.DealtraceTest;
import com.dealtrace.support.Pages;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deal list's Next and Previous links, followed as a reader would through the whole app: every deal that matches
 * is shown once, in the list's order, ties and deals without a value included, and Previous comes back through the
 * same pages.
 */
@DealtraceTest
@Transactional
class DealListPagingTest {

    private static final Pattern ROW = Pattern.compile("<td[^>]*><a href=\"/deals/(walk-\\d+)\"");
    private static final Pattern NEXT = Pattern.compile("<a rel=\"next\"\\s+href=\"([^\"]+)\"");
    private static final Pattern PREVIOUS = Pattern.compile("<a rel=\"prev\"\\s+href=\"([^\"]+)\"");

    private final Pages site;
    private final JdbcClient jdbc;

    @Autowired
    DealListPagingTest(MockMvcTester mvc, JdbcClient jdbc) {
        this.site = new Pages(mvc, jdbc);
        this.jdbc = jdbc;
    }

    /**
     * 107 deals: five pages and a bit, with ties on every key and a third without grade, announcement or case; a
     * third of them also have a party whose name matches the list's search, so that they match it twice (by title and
     * by party) and must still be listed and counted once.
     */
    @BeforeEach
    void dealsWithTiesAndGaps() {
        jdbc.sql("""
                insert into deal (slug, title, type, status, announced_on, state, grade_score, latest_event_on, case_status,
                                  event_count)
                select 'walk-' || n, 'Walk ' || (n % 9), 'PARTNERSHIP', 'ANNOUNCED',
                       case when n % 3 <> 0 then date '2020-01-01' + n % 7 end, 'PUBLISHED',
                       case when n % 3 <> 1 then (n % 4) / 10.0 end,
                       case when n % 4 <> 0 then date '2021-01-01' + n % 5 end,
                       case when n % 5 = 1 then 'OPEN' when n % 5 = 2 then 'CLOSED' end, n % 6
                from generate_series(1, 107) n""").update();
        jdbc.sql("insert into party (slug, name, kind) values ('walker-holdings', 'Walker Holdings', 'COMPANY')").update();
        jdbc.sql("""
                insert into deal_participant (deal_id, party_id, role)
                select d.id, p.id, 'PARTNER' from deal d, party p
                where d.slug like 'walk-%' and substr(d.slug, 6)::int % 3 = 0 and p.slug = 'walker-holdings'""").update();
    }

    @ParameterizedTest(name = "{0} reversed {1}")
    @CsvSource({"GRADE, true", "ANNOUNCED, false", "CASE_STATUS, true", "CASE_STATUS, false", "LATEST_EVENT, true",
            "TITLE, false", "EVENTS, true"})
    void nextWalksEveryDealOnceInOrderAndPreviousComesBack(DealSort sort, boolean reverse) throws Exception {
        List<String> expected = jdbc.sql("select d.slug from deal d where d.slug like 'walk-%' order by " + sort.orderBy(reverse))
                .query(String.class).list();

        String first = "/deals?q=walk&sort=" + sort + (reverse ? "&reverse=true" : "");
        List<List<String>> pages = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        String address = first;
        while (address != null) {
            assertThat(pages).as("pages walked").hasSizeLessThan(10);
            String html = site.pageAt(address);
            addresses.add(address);
            pages.add(Pages.all(ROW, html));
            address = Pages.first(NEXT, html);
        }
        assertThat(pages).hasSize(6);
        assertThat(pages.subList(0, 5)).allSatisfy(p -> assertThat(p).hasSize(DealFilter.PAGE_SIZE));
        assertThat(pages.stream().flatMap(List::stream).toList()).as("every deal once, in order").isEqualTo(expected);
        assertThat(addresses.get(3)).contains("page=4", "after=" + pages.get(2).get(DealFilter.PAGE_SIZE - 1));

        // back from the last page, one page at a time, to the first
        String html = site.pageAt(addresses.get(5));
        for (int i = 4; i >= 0; i--) {
            String back = Pages.first(PREVIOUS, html);
            assertThat(back).as("Previous from page " + (i + 2)).isNotNull();
            html = site.pageAt(back);
            assertThat(Pages.all(ROW, html)).as("page " + (i + 1) + " again").isEqualTo(pages.get(i));
        }
        assertThat(Pages.first(PREVIOUS, html)).as("the first page has no Previous").isNull();
        assertThat(html).contains("Page 1 of 6");
    }
}
