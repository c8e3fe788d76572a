package com.dealtrace.change;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deal's record as it stood at the end of a day (UTC), rebuilt from the row versions the change history keeps
 * (V11, {@code row_version}): each row as its newest version from before the end of the day, none if it was not
 * made yet or was deleted by then.
 * <p>
 * {@link #sql} puts in front of a deal page's statement common table expressions named like the tables they stand
 * for ({@code deal}, {@code event}, {@code citation}, {@code source}, …), so the page's own SQL, unchanged, reads the
 * past rows of that one deal instead of today's: the same statements, the same count.
 */
public record AsOf(LocalDate day) {

    /** The tables of a deal's pages, rebuilt for one deal; {@code source} is rebuilt for the sources it cites. */
    private static final List<String> DEAL_TABLES = List.of("deal", "event", "citation", "regulatory_case",
            "deal_participant", "deal_translation", "confidence_assessment", "watch_item");

    private static final String VERSIONS = """
            %1$s as (select (jsonb_populate_record(null::%1$s, v.data)).* from (
                select distinct on (rv.row_key) rv.data, rv.deleted from row_version rv
                where rv.deal_id = (select a.id from as_of_deal a) and rv.tbl = '%1$s' and rv.valid_from < :asOfEnd
                order by rv.row_key, rv.valid_from desc, rv.id desc) v
                where not v.deleted)""";

    private static final String SOURCES = """
            source as (select (jsonb_populate_record(null::source, v.data)).* from (
                select distinct on (rv.row_key) rv.data, rv.deleted from row_version rv
                where rv.tbl = 'source' and rv.row_key in (select c.source_id::text from citation c)
                  and rv.valid_from < :asOfEnd
                order by rv.row_key, rv.valid_from desc, rv.id desc) v
                where not v.deleted)""";

    private static final String VERSIONED;

    static {
        var ctes = new StringBuilder();
        for (String table : DEAL_TABLES) {
            ctes.append(",\n").append(VERSIONS.formatted(table));
        }
        VERSIONED = ctes.append(",\n").append(SOURCES).append('\n').toString();
    }

    /** The end of the day: changes made before it were known that day. */
    public OffsetDateTime end() {
        return day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /**
     * The statement reading the rows of the deal {@code :asOfDeal} (see {@link #params}) as of the day, or as they are
     * when {@code asOf} is null.
     */
    public static String sql(AsOf asOf, String sql) {
        return asOf == null ? sql : prefixed("select cast(:asOfDeal as bigint) as id", sql);
    }

    /**
     * The statement reading, as of the day, the rows of the deal that today's {@code deal x} meets {@code condition}
     * (its slug and the reader's audience): one statement that checks the reader may read the deal today and reads
     * it as it was. The statement finds the deal's id as {@code (select id from as_of_deal)}; bind {@code asOfEnd}
     * ({@link #end()}) and what the condition names.
     */
    public static String sqlFor(String condition, String sql) {
        return prefixed("select x.id from deal x where " + condition, sql);
    }

    private static String prefixed(String deal, String sql) {
        if (sql.stripLeading().regionMatches(true, 0, "with ", 0, 5)) {
            throw new IllegalArgumentException("A statement with its own WITH cannot be read as of a day");
        }
        return "with as_of_deal as (" + deal + ")" + VERSIONED + sql;
    }

    /** The parameters {@link #sql} needs: the deal and the end of the day; none when {@code asOf} is null. */
    public static Map<String, Object> params(AsOf asOf, long dealId) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (asOf != null) {
            params.put("asOfDeal", dealId);
            params.put("asOfEnd", asOf.end());
        }
        return params;
    }

    /** The deal was not in Dealtrace on the day asked for, or not one the reader could read then. */
    public static final class NotRecorded extends RuntimeException {

        private final String slug;
        private final LocalDate day;

        public NotRecorded(String slug, LocalDate day) {
            super("Deal " + slug + " had no record on " + day);
            this.slug = slug;
            this.day = day;
        }

        public String slug() {
            return slug;
        }

        public LocalDate day() {
            return day;
        }
    }
}
