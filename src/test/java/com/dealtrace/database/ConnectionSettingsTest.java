package com.dealtrace.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import javax.sql.DataSource;

import com.dealtrace.support.DealtraceTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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
            assertThat(setting(connection, "select count(*) from pg_prepared_statements"))
                    .as("statements prepared by name, which PostgreSQL would plan once for any parameters").isEqualTo("0");
            assertThat(setting(connection, "select current_setting('plan_cache_mode')"))
                    .as("the triggers' statements keep their cached plans").isEqualTo("auto");
            assertThat(setting(connection, "select current_setting('max_parallel_workers_per_gather')")).isEqualTo("0");
        }
    }

    private static String setting(Connection connection, String sql) throws Exception {
        try (var statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
