package com.dealtrace.bench;

import com.dealtrace.database.DataSets;
import com.dealtrace.security.Role;
import com.dealtrace.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The benchmark's data generator: in the {@code bench} profile, fills an empty database once with 10,000 deals,
 * 200,000 events, 100,000 sources, 1,000,000 citations and one heavy deal (see {@code bench/generate.sql}).
 */
@Component
@Profile("bench")
class BenchDataGenerator implements ApplicationRunner {

    static final String DATA_SET = "bench:v1";
    private static final Logger log = LoggerFactory.getLogger(BenchDataGenerator.class);

    /** The analyst the benchmark signs in as, for the signed-in rows; the bench profile only. */
    static final String READER = "bench-analyst";
    static final String READER_PASSWORD = "bench-analyst-password";

    private final DataSets dataSets;
    private final UserAccounts accounts;

    BenchDataGenerator(DataSets dataSets, UserAccounts accounts) {
        this.dataSets = dataSets;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        if (dataSets.loadOnce(DATA_SET, new ClassPathResource("bench/generate.sql"), () -> { })) {
            log.info("Generated the benchmark data in {} s", (System.nanoTime() - start) / 1_000_000_000);
        }
        if (!accounts.exists(READER)) {
            accounts.create(READER, "Benchmark analyst", Role.ANALYST, READER_PASSWORD);
        }
    }
}
