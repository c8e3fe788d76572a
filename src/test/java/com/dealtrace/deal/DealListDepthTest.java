package com.dealtrace.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import com.dealtrace.support.DealtraceTest;
import com.dealtrace.support.Plans;
import com.dealtrace.support.StatementCounter;

import net.ttddyy.dsproxy.QueryInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

/**
 * Page 400 of the deal list at the benchmark's 10,000 deals (or {@code -Ddealtrace.depth.deals=}, the page as deep
 * in proportion), in every order
 * both ways: reached by its cursor, it reads the sort's index for one page, as page 1 does; by its number (an OFFSET,
 * as every deep page was read before the cursors) it reads the 8,000 rows before it. Prints PostgreSQL's execution
 * times of the list's one statement (the best of three) for the three pages.
 */
@DealtraceTest
@Transactional
class DealListDepthTest {

    private static final Pattern INDEX_ROWS = Pattern.compile(
            "(?:Seq Scan|Index Scan(?: Backward)? using deal_\\w+_idx) on deal d_?\\d*.*?rows=(\\d+) loops=(\\d+)\\)(?:(?:\\n *+(?!->)(?!Rows Removed)[^\\n]*)*?\\n *Rows Removed by Filter: (\\d+))?");
    private static final Pattern TIME = Pattern.compile("Execution Time: ([\\d.]+) ms");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    StatementCounter statements;

    private record Measure(long rows, double ms) {
    }

    @Test
    void page400ByCursorReadsOnePageInEveryOrder() throws Exception {
        int deals = depthDeals();

        int deep = Math.max(2, 400 * deals / 10_000);
        List<String> lines = new ArrayList<>();
        lines.add("| order | page 1 | page " + deep + " by number | page " + deep + " by cursor | deal rows read (1 / number / cursor) |");
        lines.add("| --- | --- | --- | --- | --- |");
        List<String> faults = new ArrayList<>();
        for (DealSort sort : DealSort.values()) {
            for (boolean reverse : new boolean[] {false, true}) {
                String order = "sort=" + sort + (reverse ? "&reverse=true" : "");
                String cursor = jdbc.sql("select d.slug from deal d where d.deleted_at is null and d.state = 'PUBLISHED'"
                                + " and d.visibility = 'PUBLIC' order by " + sort.orderBy(reverse) + " offset " + ((deep - 1) * DealFilter.PAGE_SIZE - 1) + " limit 1")
                        .query(String.class).single();
                Measure first = measure("/deals?" + order);
                Measure byNumber = measure("/deals?page=" + deep + "&" + order);
                Measure byCursor = measure("/deals?page=" + deep + "&after=" + cursor + "&" + order);
                lines.add(String.format(Locale.ROOT, "| %s%s | %.2f ms | %.2f ms | %.2f ms | %d / %d / %d |", sort,
                        reverse ? " reversed" : "", first.ms(), byNumber.ms(), byCursor.ms(), first.rows(), byNumber.rows(),
                        byCursor.rows()));
                if (byCursor.rows() > 3 * first.rows() + 50 || byNumber.rows() < (deep - 1) * DealFilter.PAGE_SIZE) {
                    faults.add(sort + (reverse ? " reversed" : ""));
                }
            }
        }
        System.out.println("Deal list at " + deals + " deals, SQL execution time (best of 3):\n" + String.join("\n", lines));
        assertThat(faults).as(String.join("\n", lines)).isEmpty();
    }

    /**
     * Regression: a search word in most deals (every one of them here) made the list read every match before the
     * page, to sort them (450 ms for "bench" at ten times the benchmark); in every order it now reads the sort's
     * index until a page has matched, and counts up to the bound: about the bound's rows, not every deal.
     */
    @Test
    void aWordInEveryDealReadsAboutTheCountsBoundInEveryOrder() throws Exception {
        int deals = depthDeals();
        for (DealSort sort : DealSort.values()) {
            for (String q : List.of("depth", "of")) {
                String page = "/deals?q=" + q + "&sort=" + sort;
                statements.reset();
                assertThat(mvc.get().uri(page).exchange()).as(page).hasStatusOk().bodyText().contains("1,000+");
                String plan = Plans.analyze(dataSource, statements.sent().get(0));
                assertThat(Plans.rowsRead(plan, "deal")).as(page + "\n" + plan).isLessThan(Math.min(deals, 3_000));
            }
        }
    }

    /** The deals of these tests: 10,000, or {@code -Ddealtrace.depth.deals=}, analysed. */
    private int depthDeals() {
        int deals = Integer.getInteger("dealtrace.depth.deals", 10_000);
        jdbc.sql("""
                insert into deal (slug, title, type, status, announced_on, state, grade_score, grade, latest_event_on,
                                  case_status, event_count, source_count)
                select 'depth-' || n, 'Depth of ' || substr(md5(n::text), 1, 8), 'PARTNERSHIP', 'ANNOUNCED',
                       case when n % 10 <> 0 then date '2010-01-01' + n % 5000 end, 'PUBLISHED',
                       case when n % 3 <> 0 then (n % 100) / 100.0 end, case when n % 3 <> 0 then 'B' end,
                       case when n % 4 <> 0 then date '2015-01-01' + n % 3000 end,
                       (array[null, 'OPEN', 'CLOSED', 'PHASE_2'])[1 + n % 4], n % 40, n % 25
                from generate_series(1, :deals) n""").param("deals", deals).update();
        jdbc.sql("analyze deal").update();
        return deals;
    }

    private Measure measure(String page) throws Exception {
        statements.reset();
        assertThat(mvc.get().uri(page).exchange()).as(page).hasStatusOk();
        QueryInfo query = statements.sent().get(0);
        double best = Double.MAX_VALUE;
        long rows = 0;
        for (int i = 0; i < 3; i++) {
            String plan = Plans.analyze(dataSource, query);
            if (Boolean.getBoolean("dealtrace.depth.plans")) {
                System.out.println(page + "\n" + plan);
            }
            Matcher time = TIME.matcher(plan);
            assertThat(time.find()).as(plan).isTrue();
            best = Math.min(best, Double.parseDouble(time.group(1)));
            rows = 0;
            Matcher m = INDEX_ROWS.matcher(plan);
            while (m.find()) {
                rows += Long.parseLong(m.group(1)) * Long.parseLong(m.group(2)) + (m.group(3) == null ? 0 : Long.parseLong(m.group(3)));
            }
        }
        return new Measure(rows, best);
    }
}
