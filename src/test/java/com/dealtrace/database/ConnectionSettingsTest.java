package com.dealtrace.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import javax.sql.DataSource;

import com.dealtrace.confidence.ConfidenceService;
import com.dealtrace.event.TimelineService;
import com.dealtrace.security.Audience;
import com.dealtrace.support.DealtraceTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application's statements are planned with their own parameters (a generic plan, made once for any search word
 * after five runs of a statement prepared by name, read every deal for a word in most of them: 74 ms instead of 22
 * for /deals?q=bench), while the statements of the triggers keep PostgreSQL's cached plans (planning them at every
 * row, as {@code plan_cache_mode=force_custom_plan} on the connection did, made a 96,000-citation bundle import take
 * 15.9 s instead of 6.4 s, which {@code KilledImportTest} caught); and no parallel workers start for a page's few rows.
 */
@DealtraceTest
class ConnectionSettingsTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    TimelineService timelines;

    @Autowired
    ConfidenceService confidence;

    @Autowired
    JdbcClient jdbc;

    @Test
    void statementsArePlannedWithTheirParametersAndTriggersKeepTheirPlans() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            // more runs of one statement than the driver's default threshold for preparing it by name (five)
            for (int i = 0; i < 8; i++) {
                try (var statement = connection.prepareStatement("select count(*) from deal where slug = ?")) {
                    statement.setString(1, "no-such-deal-" + i);
                    try (ResultSet rows = statement.executeQuery()) {
                        assertThat(rows.next()).isTrue();
                    }
                }
            }
            assertThat(setting(connection, "select count(*) from pg_prepared_statements where statement like '%from deal where slug%'"))
                    .as("statements prepared by name, which PostgreSQL would plan once for any parameters").isEqualTo("0");
            assertThat(setting(connection, "select current_setting('plan_cache_mode')"))
                    .as("the triggers' statements keep their cached plans").isEqualTo("auto");
            assertThat(setting(connection, "select current_setting('max_parallel_workers_per_gather')")).isEqualTo("0");
        }
    }

    /**
     * A deal's timeline and sources pages read one deal by its key; their statements are prepared by name and, after
     * five runs on a connection, run on PostgreSQL's kept generic plan instead of being planned again (planning took
     * as long as running). What runs after them on the same connection is again planned with its parameters.
     */
    @Test
    void aDealPagesStatementsKeepTheirPlansAndNothingElseDoes() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int i = 0; i < 8; i++) {
                timelines.timeline("microsoft-mistral-ai-partnership", Audience.PUBLIC);
                confidence.sourceConfidence("microsoft-mistral-ai-partnership", Audience.PUBLIC);
            }
            for (int i = 0; i < 8; i++) {
                jdbc.sql("select count(*) from deal where slug = :slug").param("slug", "no-such-deal-" + i)
                        .query(Long.class).single();
            }
            var kept = jdbc.sql("select statement, generic_plans from pg_prepared_statements")
                    .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list();
            assertThat(kept).as("the timeline's events, the sources page's citations").anySatisfy(s -> {
                assertThat(s.getKey()).contains("from event e", "origin_class(dp.direct");
                assertThat(s.getValue()).isPositive();
            }).anySatisfy(s -> {
                assertThat(s.getKey()).contains("from citation c", "origin_class(dp.direct");
                assertThat(s.getValue()).isPositive();
            }).noneSatisfy(s -> assertThat(s.getKey()).contains("from deal where slug"));
        });
    }

    private static String setting(Connection connection, String sql) throws Exception {
        try (var statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
