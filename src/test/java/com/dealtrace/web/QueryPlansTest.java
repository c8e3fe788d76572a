package com.dealtrace.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.dealtrace.bench.BenchDataGenerator;
import com.dealtrace.support.DealtraceTest;
import com.dealtrace.support.StatementCounter;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every statement a list, search or feed page sends with broad parameters is planned with indexes on the big tables:
 * on the benchmark's generated data (a twentieth of its size, analysed, in the test's transaction) and with
 * sequential scans priced out, PostgreSQL's plan for it, with the very parameters the page sent, still scans no
 * deal, event, source, citation or party table from end to end; such a scan means there is no index it could use,
 * and the page would slow down as the data grows. (At a twentieth of the benchmark the planner rightly reads small
 * tables whole; generating the full benchmark for each run would take a minute.)
 */
@DealtraceTest
@Transactional
class QueryPlansTest {

    static final double SCALE = 0.05;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    StatementCounter statements;

    private static final Pattern SCAN = Pattern.compile("Seq Scan on (deal|event|source|citation|party)\\b");

    @BeforeEach
    void generatedDataWithSequentialScansPricedOut() throws Exception {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        ScriptUtils.executeSqlScript(connection, BenchDataGenerator.script(SCALE));
        try (var statement = connection.createStatement()) {
            statement.execute("set local enable_seqscan = off");
        }
    }

    static final List<String> PAGES = List.of("/", "/deals", "/deals?page=20", "/deals?q=partnership", "/deals?q=bench",
            "/deals?type=PARTNERSHIP&status=ACTIVE", "/deals?party=Bench", "/deals?region=France",
            "/deals?from=2016-01-01&to=2024-12-31", "/deals?grade=B%2FC", "/sources", "/sources?page=80",
            "/sources?risk=LOW", "/parties", "/cases", "/search?q=bench", "/search?q=bench&kind=EVENT",
            "/search?q=bench&kind=SOURCE&page=40", "/search?q=AI", "/search?q=a", "/feeds/events.atom",
            "/deals.csv?type=PARTNERSHIP");

    /** One test over every page: the generated data is made once (about 8 s), not once per page. */
    @Test
    void everyStatementOfTheListSearchAndFeedPagesUsesIndexes() throws Exception {
        Map<String, String> scans = new TreeMap<>();
        for (String page : PAGES) {
            statements.reset();
            assertThat(mvc.get().uri(page).exchange()).as(page).hasStatusOk();
            List<QueryInfo> sent = statements.sent();
            assertThat(sent).as(page).isNotEmpty();
            for (QueryInfo query : sent) {
                String plan = explain(query);
                if (SCAN.matcher(plan).find()) {
                    scans.put(page + " #" + sent.indexOf(query), plan);
                }
            }
        }

        assertThat(scans).as(String.join("\n\n", scans.values())).isEmpty();
    }

    /** EXPLAIN of the statement with the parameters it was sent with, set again by the same JDBC calls. */
    private String explain(QueryInfo query) throws Exception {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement explain = connection.prepareStatement("explain " + query.getQuery())) {
            if (!query.getParametersList().isEmpty()) {
                for (ParameterSetOperation operation : query.getParametersList().get(0)) {
                    operation.getMethod().invoke(explain, operation.getArgs());
                }
            }
            StringBuilder plan = new StringBuilder(query.getQuery()).append('\n');
            try (ResultSet rs = explain.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
