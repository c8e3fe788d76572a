package com.dealtrace.demo;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import com.dealtrace.database.DataSets;
import com.dealtrace.security.UserAccounts;
import com.dealtrace.source.UrlNormalizer;
import com.dealtrace.support.DealtraceTest;
import com.dealtrace.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@DealtraceTest
class DemoDataTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoDataLoader loader;

    @Test
    void firstStartLoadedTheMicrosoftMistralDeal() {
        assertThat(count("select count(*) from deal where state = 'PUBLISHED'")).isEqualTo(2);
        assertThat(count("select count(*) from source")).isEqualTo(9);
        assertThat(count("select count(*) from source where risk = 'LOW'")).isEqualTo(6);
        assertThat(count("select count(*) from source where risk = 'MEDIUM'")).isEqualTo(3);
        assertThat(count("""
                select count(*) from event e join deal d on d.id = e.deal_id
                where d.slug = 'microsoft-mistral-ai-partnership'""")).isEqualTo(8);
        assertThat(count("select count(*) from citation where event_id is not null")).isEqualTo(11);
        assertThat(count("select count(*) from citation where event_id is null")).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select score::text from confidence_assessment ca join deal d on d.id = ca.deal_id
                        where d.slug = 'microsoft-mistral-ai-partnership' order by assessed_at desc limit 1""")
                .query(String.class).single()).isEqualTo("0.94");
    }

    @Test
    void everySourceKeyIsTheNormalisedUrl() {
        var sources = jdbc.sql("select url, url_key from source").query((rs, row) -> List.of(rs.getString(1), rs.getString(2))).list();

        assertThat(sources).allSatisfy(row -> assertThat(UrlNormalizer.key(row.get(0))).contains(row.get(1)));
    }

    @Test
    void aRestartDoesNotLoadTheDataAgain() {
        assertThat(loader.load()).isFalse();
        assertThat(count("select count(*) from deal")).isEqualTo(2);
    }

    @Test
    void twoInstancesStartingTogetherLoadTheDataOnce() throws Exception {
        jdbc.sql("drop database if exists demo_race").update();
        jdbc.sql("create database demo_race").update();
        var dataSource = new PGSimpleDataSource();
        dataSource.setUrl(TestDatabase.get().getJdbcUrl("postgres", "demo_race"));
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        var start = new CountDownLatch(1);
        Callable<Boolean> instance = () -> {
            var transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            var dataSets = new DataSets(dataSource, JdbcClient.create(dataSource), transactions);
            var other = new DemoDataLoader(new DemoDataProperties(true, null), dataSets,
                    new StaticListableBeanFactory().getBeanProvider(UserAccounts.class));
            start.await();
            return other.load();
        };
        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(instance);
            var second = pool.submit(instance);
            start.countDown();
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(true, false);
        }
        finally {
            pool.shutdownNow();
        }
        var raced = JdbcClient.create(dataSource);
        assertThat(raced.sql("select count(*) from deal").query(Integer.class).single()).isEqualTo(2);
        assertThat(raced.sql("select count(*) from source").query(Integer.class).single()).isEqualTo(9);
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
