package com.dealtrace.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Notes the newest row of each table, then deletes whatever was added after it: browser tests commit through the
 * real app, and the database is shared by every test of the JVM.
 */
public final class RowsAdded {

    /**
     * Children before parents, so that foreign keys allow the deletes; the row versions last, as the deletes before
     * them add versions of their own.
     */
    private static final String[] TABLES = {"change_log", "watch_item", "citation", "event", "confidence_assessment",
            "case_phase", "regulatory_case", "deal_participant", "source", "deal", "party", "api_token", "app_user",
            "row_version"};

    private final JdbcClient jdbc;
    private final Map<String, Long> newest = new LinkedHashMap<>();

    public RowsAdded(JdbcClient jdbc) {
        this.jdbc = jdbc;
        for (String table : TABLES) {
            newest.put(table, jdbc.sql("select coalesce(max(id), 0) from " + table).query(Long.class).single());
        }
    }

    /**
     * The same around every test of a class: {@code @ExtendWith(RowsAdded.EachTest.class)} on a Spring test notes the
     * rows before each test and removes what it added after it.
     */
    public static final class EachTest implements BeforeEachCallback, AfterEachCallback {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RowsAdded.class);

        @Override
        public void beforeEach(ExtensionContext context) {
            JdbcClient jdbc = SpringExtension.getApplicationContext(context).getBean(JdbcClient.class);
            context.getStore(NAMESPACE).put(RowsAdded.class, new RowsAdded(jdbc));
        }

        @Override
        public void afterEach(ExtensionContext context) {
            RowsAdded added = context.getStore(NAMESPACE).remove(RowsAdded.class, RowsAdded.class);
            if (added != null) {
                added.remove();
            }
        }
    }

    public void remove() {
        jdbc.sql("delete from deal_translation where deal_id > :id").param("id", newest.get("deal")).update();
        newest.forEach((table, id) -> jdbc.sql("delete from " + table + " where id > :id").param("id", id).update());
    }
}
