package com.dealtrace.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.dealtrace.database.DataSets;
import com.dealtrace.security.Role;
import com.dealtrace.security.UserAccounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The benchmark's data generator: in the {@code bench} profile, fills an empty database once with, at scale 1,
 * 10,000 deals, 200,000 events, 100,000 sources, 1,000,000 citations, 2,000 parties, 1,000 regulatory cases and one
 * heavy deal (see {@code bench/generate.sql} and {@code bench/cases.sql}); {@code dealtrace.bench.scale} multiplies every count but the heavy deal's (10 gives
 * 100,000 deals and 10,000,000 citations; a fraction gives the small sets plan tests use).
 */
@Component
@Profile("bench")
public class BenchDataGenerator implements ApplicationRunner {

    static final String DATA_SET = "bench:v1";
    /** The regulatory cases, a set of their own so that data generated before them gets them on its next start. */
    static final String CASES = "bench-cases:v1";
    private static final Resource SCRIPT = new ClassPathResource("bench/generate.sql");
    private static final Resource CASES_SCRIPT = new ClassPathResource("bench/cases.sql");
    private static final Logger log = LoggerFactory.getLogger(BenchDataGenerator.class);

    /** The analyst the benchmark signs in as, for the signed-in rows; the bench profile only. */
    static final String READER = "bench-analyst";
    static final String READER_PASSWORD = "bench-analyst-password";
    static final String EDITOR = "bench-editor";
    static final String EDITOR_PASSWORD = "bench-editor-password";

    private final DataSets dataSets;
    private final UserAccounts accounts;
    private final double scale;

    BenchDataGenerator(DataSets dataSets, UserAccounts accounts,
            @Value("${dealtrace.bench.scale:1}") double scale) {
        this.dataSets = dataSets;
        this.accounts = accounts;
        this.scale = scale;
    }

    /** The whole generator, data and cases, with the counts for this scale put in: for plan tests. */
    public static Resource script(double scale) {
        return script(scale, SCRIPT, CASES_SCRIPT);
    }

    /** The scripts with the counts for this scale put in (at least one deal, party, source and case), as one. */
    private static Resource script(double scale, Resource... scripts) {
        try {
            StringBuilder sql = new StringBuilder();
            for (Resource script : scripts) {
                sql.append(script.getContentAsString(StandardCharsets.UTF_8)
                        .replace("${parties}", Long.toString(count(2_000, scale)))
                        .replace("${deals}", Long.toString(count(10_000, scale)))
                        .replace("${sources}", Long.toString(count(100_000, scale)))
                        .replace("${cases}", Long.toString(count(1_000, scale)))).append('\n');
            }
            return new ByteArrayResource(sql.toString().getBytes(StandardCharsets.UTF_8),
                    "benchmark data at scale " + scale);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(int atScaleOne, double scale) {
        return Math.max(1, Math.round(atScaleOne * scale));
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        String name = scale == 1 ? DATA_SET : DATA_SET + ":x" + scale;
        if (dataSets.loadOnce(name, script(scale, SCRIPT), () -> { })) {
            log.info("Generated the benchmark data at scale {} in {} s", scale,
                    (System.nanoTime() - start) / 1_000_000_000);
        }
        if (dataSets.loadOnce(CASES + (scale == 1 ? "" : ":x" + scale), script(scale, CASES_SCRIPT), () -> { })) {
            log.info("Generated the benchmark's regulatory cases at scale {}", scale);
        }
        if (!accounts.exists(READER)) {
            accounts.create(READER, "Benchmark analyst", Role.ANALYST, READER_PASSWORD);
        }
        if (!accounts.exists(EDITOR)) {
            accounts.create(EDITOR, "Benchmark editor", Role.EDITOR, EDITOR_PASSWORD);
        }
    }
}
