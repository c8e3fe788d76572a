package com.dealtrace.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;

import com.dealtrace.support.DealtraceTest;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bench profile's statement counter wraps the connections, and a page that asks its connection for the driver's
 * own (KeptPlans) gets it: wrapped again as a plain connection, every deal page failed in the benchmark with a
 * ClassCastException.
 */
@DealtraceTest
class StatementCountingTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theDriversConnectionIsHandedOutUnwrapped() throws Exception {
        DataSource counted = StatementCounting.proxy(DataSource.class, dataSource);
        try (Connection connection = counted.getConnection()) {
            assertThat(connection.unwrap(PGConnection.class)).isInstanceOf(PGConnection.class);
            assertThat(connection.unwrap(PGConnection.class).getPrepareThreshold()).isZero();
        }
    }
}
