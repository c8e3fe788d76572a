package com.dealtrace.database;

import java.util.Arrays;

import com.dealtrace.support.DealtraceTest;
import jakarta.persistence.EntityManagerFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The migrations build the domain on an empty database, and its constraints refuse what the domain forbids. */
@DealtraceTest
@Transactional
class MigrationTest {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void everyMigrationAppliedToTheEmptyDatabase() {
        MigrationInfo[] applied = flyway.info().applied();

        assertThat(applied).isNotEmpty();
        assertThat(Arrays.stream(applied).map(MigrationInfo::getState)).containsOnly(MigrationState.SUCCESS);
        assertThat(flyway.info().pending()).isEmpty();
    }

    /**
     * The app does not validate its entities against the tables at start (a cold start saving: Flyway owns the
     * schema); this does, with Hibernate's own validator, so an entity that drifts from the migrations fails here.
     */
    @Test
    void theEntitiesMatchTheTablesTheMigrationsBuilt() {
        assertThatCode(() -> entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects())
                .doesNotThrowAnyException();
    }

    @Test
    void everyForeignKeyHasAnIndex() {
        var unindexed = jdbc.sql("""
                        select c.conrelid::regclass || '(' || a.attname || ')'
                        from pg_constraint c
                        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                        where c.contype = 'f'
                          and not exists (select 1 from pg_index i
                                          where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])
                        """)
                .query(String.class)
                .list();

        assertThat(unindexed).isEmpty();
    }

    @Test
    void scoresOutsideZeroToOneAreRefused() {
        assertRefused("insert into confidence_assessment (deal_id, score, grade, rationale, assessed_by) "
                + "select id, 1.20, 'A', 'too high', 'test' from deal limit 1");
    }

    @Test
    void aGradeMustMatchTheBandOfItsScore() {
        assertRefused("insert into confidence_assessment (deal_id, score, grade, rationale, assessed_by) "
                + "select id, 0.50, 'A', 'wrong band', 'test' from deal limit 1");
    }

    @Test
    void anAssessmentNeedsARationale() {
        assertRefused("insert into confidence_assessment (deal_id, score, grade, rationale, assessed_by) "
                + "select id, 0.50, 'C/D', '  ', 'test' from deal limit 1");
    }

    @Test
    void enumeratedValuesAreChecked() {
        assertRefused("insert into deal (slug, title, type, status) values ('x-deal', 'X', 'MERGER', 'ACTIVE')");
        assertRefused("insert into source (title, publisher_name, publisher_kind, url, url_key, risk) "
                + "values ('t', 'p', 'COMPANY', 'https://x.org/a', 'x.org/a', 'EXTREME')");
    }

    @Test
    void slugsAreUniqueAndWellFormed() {
        assertRefused("insert into deal (slug, title, type, status) "
                + "values ('microsoft-mistral-ai-partnership', 'Again', 'PARTNERSHIP', 'ACTIVE')");
        assertRefused("insert into party (slug, name, kind) values ('Not A Slug', 'X', 'COMPANY')");
    }

    @Test
    void sourceUrlsAreHttpOrHttpsAndUniqueAfterNormalisation() {
        assertRefused("insert into source (title, publisher_name, publisher_kind, url, url_key, risk) "
                + "values ('t', 'p', 'BLOG', 'javascript:alert(1)', 'js', 'HIGH')");
        assertRefused("insert into source (title, publisher_name, publisher_kind, url, url_key, risk) "
                + "values ('t', 'p', 'BLOG', 'http://mistral.ai/news/mistral-large', 'mistral.ai/news/mistral-large', 'HIGH')");
    }

    @Test
    void aMonthPrecisionDateIsTheFirstOfItsMonth() {
        assertRefused("insert into event (deal_id, occurred_on, date_precision, kind, title) "
                + "select id, '2025-06-17', 'MONTH', 'OTHER', 'x' from deal limit 1");
    }

    @Test
    void aCitationCannotPointAtAnEventOfAnotherDeal() {
        assertRefused("""
                insert into citation (source_id, deal_id, event_id)
                select (select min(id) from source), d.id, e.id
                from deal d, event e
                where d.slug = 'asml-mistral-ai-series-c' and e.deal_id <> d.id
                limit 1""");
    }

    @Test
    void aClosedCaseNeedsAnOutcomeAndIsDecidedAfterItOpened() {
        assertRefused("""
                insert into regulatory_case (slug, deal_id, regulator_id, jurisdiction, title, status)
                select 'closed-without-outcome', d.id, p.id, 'GB', 'x', 'CLOSED'
                from deal d, party p where p.slug = 'uk-cma' limit 1""");
        assertRefused("""
                insert into regulatory_case (slug, deal_id, regulator_id, jurisdiction, title, status, opened_on, decided_on)
                select 'decided-before-opened', d.id, p.id, 'GB', 'x', 'OPEN', '2024-05-01', '2024-04-01'
                from deal d, party p where p.slug = 'uk-cma' limit 1""");
    }

    private void assertRefused(String sql) {
        jdbc.sql("savepoint refused").update();
        assertThatThrownBy(() -> jdbc.sql(sql).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        jdbc.sql("rollback to savepoint refused").update();
    }
}
