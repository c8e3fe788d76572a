package com.dealtrace.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Notes the newest row of each table, then deletes whatever was added after it: browser tests commit through the
 * real app, and the database is shared by every test of the JVM.
 */
public final class RowsAdded {

    /** Children before parents, so that foreign keys allow the deletes. */
    private static final String[] TABLES = {"change_log", "citation", "event", "confidence_assessment",
            "regulatory_case", "deal_participant", "source", "deal", "party", "api_token", "app_user"};

    private final JdbcClient jdbc;
    private final Map<String, Long> newest = new LinkedHashMap<>();

    public RowsAdded(JdbcClient jdbc) {
        this.jdbc = jdbc;
        for (String table : TABLES) {
            newest.put(table, jdbc.sql("select coalesce(max(id), 0) from " + table).query(Long.class).single());
        }
    }

    public void remove() {
        jdbc.sql("delete from deal_translation where deal_id > :id").param("id", newest.get("deal")).update();
        newest.forEach((table, id) -> jdbc.sql("delete from " + table + " where id > :id").param("id", id).update());
    }
}
