package com.dealtrace.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.dealtrace.database.KeysetPage;
import com.dealtrace.database.Rows;
import com.dealtrace.database.Where;
import com.dealtrace.party.PartyRef;
import com.dealtrace.security.Audience;
import com.dealtrace.web.DatePrecision;
import com.dealtrace.web.PartialDate;
import com.dealtrace.web.Pick;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind the source pages; every method is one statement. */
@Repository
class SourceQueries {

    private final JdbcClient jdbc;

    SourceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Past the first row of a page, at most this many more sources are counted; the list then says "1,000+". */
    static final int COUNT_BOUND = 1_000;

    /**
     * The list's order as source_list_idx (V13) holds it: one ascending key (publisher, risk from low to high,
     * newest first with undated last, id), so that a page after a given row is an index range.
     */
    private static final String KEY = """
            lower(%1$s.publisher_name), case %1$s.risk when 'LOW' then 0 when 'MEDIUM' then 1 else 2 end,
            coalesce(date '3000-01-01' - %1$s.published_on, 2147483647), %1$s.id""";

    /**
     * A page of sources, how many match from its first row on (at least, when {@code more}); for a page read
     * backwards, whether sources come before it ({@code earlier}).
     */
    record Page(List<SourceSummary> sources, long total, boolean more, boolean earlier) {
    }

    /** {@link #KEY} read the other way round, every part descending: the same index, read backwards. */
    private static final String KEY_BACKWARDS = """
            lower(%1$s.publisher_name) desc, case %1$s.risk when 'LOW' then 0 when 'MEDIUM' then 1 else 2 end desc,
            coalesce(date '3000-01-01' - %1$s.published_on, 2147483647) desc, %1$s.id desc""";

    /**
     * One page of the sources that match: the rows after source {@code after} in the list's order where it is given
     * (keyset paging: any depth costs one page), those just before source {@code before} (the same index read
     * backwards, for Previous), else the {@code page}-th page. The page's ids are read first and only its rows are
     * counted for citations; the count stops {@link #COUNT_BOUND} past the page's start (for a page before a source,
     * past the list's start, as on the first page).
     */
    Page list(String publisher, Risk risk, int page, Long after) {
        return list(publisher, risk, page, after, null);
    }

    Page list(String publisher, Risk risk, int page, Long after, Long before) {
        boolean backwards = after == null && before != null;
        long offset = after != null || backwards ? 0 : (long) (page - 1) * SourceListView.PAGE_SIZE;
        // counted from the cursor on, or from the list's start for a page before one
        var counted = matching(publisher, risk, after);
        var where = matching(publisher, risk, after)
                .andIf(backwards, "(%s) < (select %s from source a where a.id = :before)".formatted(KEY.formatted("s"),
                        KEY.formatted("a")), "before", before)
                .bind("limit", SourceListView.PAGE_SIZE + (backwards ? 1 : 0))
                .bind("offset", offset)
                .bind("bound", offset + COUNT_BOUND + 1);
        String order = backwards ? KEY_BACKWARDS.formatted("s") : KEY.formatted("s");
        var summaries = new DataClassRowMapper<>(SourceSummary.class);
        long[] total = {0};
        var read = jdbc.sql("""
                        select s.id, s.title, s.publisher_name as publisher, s.publisher_kind, s.published_on, s.risk,
                               (select count(*) from citation c where c.source_id = s.id) as citations,
                               (select count(distinct c.deal_id) from citation c where c.source_id = s.id) as deals,
                               (select count(*) from (select 1 from source s %1$s limit :bound) n) as total
                        from (select s.id from source s %2$s order by %3$s limit :limit offset :offset) p
                        join source s on s.id = p.id
                        order by %3$s
                        """.formatted(counted, where, order))
                .params(where.params())
                .query((rs, row) -> {
                    total[0] = rs.getLong("total");
                    return summaries.mapRow(rs, row);
                })
                .list();
        var shown = KeysetPage.of(read, SourceListView.PAGE_SIZE, backwards);
        return new Page(shown.rows(), total[0], total[0] > offset + COUNT_BOUND, backwards && shown.further());
    }

    /** The sources with this publisher and risk where given, after source {@code after} in the list's order where given. */
    private static Where matching(String publisher, Risk risk, Long after) {
        return Where.of()
                .and("lower(s.publisher_name) = lower(:publisher)", "publisher", publisher)
                .and("s.risk = :risk", "risk", risk)
                .and("(%s) > (select %s from source a where a.id = :after)".formatted(KEY.formatted("s"), KEY.formatted("a")),
                        "after", after);
    }

    /**
     * Sources whose title or publisher matches the text, in part or in any word (trigram indexes), the best first;
     * the sources the deal already cites come before the others, and alone where the text is empty.
     */
    List<Pick> pick(String text, String dealSlug) {
        return jdbc.sql("""
                        with cited as (
                            select distinct c.source_id from citation c left join event e on e.id = c.event_id
                            where c.deal_id = (select id from deal where slug = :deal) and e.deleted_at is null)
                        select s.id, s.title, s.publisher_name, s.risk, s.published_on,
                               s.id in (select source_id from cited) as known
                        from source s
                        where (:text = '' and s.id in (select source_id from cited))
                           or (:text <> '' and (s.title ilike :like or s.publisher_name ilike :like
                               or s.title || ' ' || s.publisher_name ilike all(cast(:words as text[]))
                               or :text <% s.title or :text <% s.publisher_name or s.url_key = :key))
                        order by known desc,
                                 greatest(word_similarity(:text, s.title), word_similarity(:text, s.publisher_name)) desc,
                                 s.title, s.id
                        limit :limit
                        """)
                .param("deal", dealSlug == null ? "" : dealSlug)
                .param("text", text)
                .param("like", Pick.contains(text))
                .param("words", Pick.containsEach(text))
                .param("key", UrlNormalizer.key(text).orElse(""))
                .param("limit", Pick.LIMIT)
                .query((rs, row) -> new Pick(String.valueOf(rs.getLong("id")), rs.getString("title"),
                        rs.getString("publisher_name") + " · " + rs.getString("risk").toLowerCase()
                                + (rs.getDate("published_on") == null ? "" : " · " + rs.getDate("published_on")),
                        rs.getBoolean("known")))
                .list();
    }

    /** The source each typed value names, by its number or its normalised address; unknown values are left out. */
    Map<String, Long> resolve(Collection<String> values) {
        Map<String, Long> found = new HashMap<>();
        var ids = values.stream().filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf).toList();
        var keys = values.stream().filter(v -> v.matches("(?i)https?://\\S+") && !UrlNormalizer.tooLong(v)).toList();
        if (ids.isEmpty() && keys.isEmpty()) {
            return found;
        }
        Map<String, String> byKey = new HashMap<>();
        keys.forEach(url -> UrlNormalizer.key(url).ifPresent(key -> byKey.put(key, url)));
        jdbc.sql("select id, url_key from source where id in (:ids) or url_key in (:keys)")
                .param("ids", ids.isEmpty() ? List.of(-1L) : ids)
                .param("keys", byKey.isEmpty() ? List.of("") : byKey.keySet())
                .query((RowCallbackHandler) rs -> {
                    found.put(String.valueOf(rs.getLong("id")), rs.getLong("id"));
                    if (byKey.containsKey(rs.getString("url_key"))) {
                        found.put(byKey.get(rs.getString("url_key")), rs.getLong("id"));
                    }
                });
        return found;
    }

    Map<Long, String> titles(Collection<Long> ids) {
        Map<Long, String> titles = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, title from source where id in (:ids)")
                    .param("ids", ids)
                    .query((RowCallbackHandler) rs -> titles.put(rs.getLong("id"), rs.getString("title")));
        }
        return titles;
    }

    Optional<SourceView> source(long id) {
        return jdbc.sql("""
                        select s.id, s.title, s.publisher_name, p.slug as party_slug, p.name as party_name,
                               s.publisher_kind, s.url, s.published_on, s.language, s.risk, s.summary, s.notes, s.archive_url
                        from source s left join party p on p.id = s.publisher_id
                        where s.id = :id
                        """)
                .param("id", id)
                .query((rs, row) -> new SourceView(rs.getLong("id"), rs.getString("title"),
                        rs.getString("publisher_name"),
                        rs.getString("party_slug") == null ? null
                                : new PartyRef(rs.getString("party_slug"), rs.getString("party_name")),
                        Rows.enumOf(rs, "publisher_kind", PublisherKind.class), rs.getString("url"),
                        Rows.date(rs, "published_on"), rs.getString("language"), Rows.enumOf(rs, "risk", Risk.class),
                        rs.getString("summary"), rs.getString("notes"), rs.getString("archive_url"), List.of()))
                .optional();
    }

    List<SourceView.Support> supports(long sourceId, Audience audience) {
        return jdbc.sql("""
                        select d.slug, d.title as deal_title, e.title as event_title, e.occurred_on, e.date_precision,
                               c.quote, c.locator, c.note
                        from citation c
                        join deal d on d.id = c.deal_id
                        left join event e on e.id = c.event_id
                        where c.source_id = :source and %s and (c.event_id is null or e.deleted_at is null)
                        order by d.announced_on desc nulls last, d.id, e.occurred_on nulls first, e.id
                        """.formatted(audience.deals("d")))
                .param("source", sourceId)
                .query((rs, row) -> {
                    var occurred = Rows.date(rs, "occurred_on");
                    return new SourceView.Support(rs.getString("slug"), rs.getString("deal_title"),
                            rs.getString("event_title"),
                            occurred == null ? null
                                    : new PartialDate(occurred, Rows.enumOf(rs, "date_precision", DatePrecision.class)),
                            rs.getString("quote"), rs.getString("locator"), rs.getString("note"));
                })
                .list();
    }

    /** The deals and events a source could be cited on, for editors: see {@link CiteOn}. */
    CiteOn citeOn(long sourceId) {
        Map<String, CiteOn.Deal> deals = new LinkedHashMap<>();
        jdbc.sql("""
                        with candidate as (
                            select d.id, d.slug, d.title, d.updated_at,
                                   exists (select 1 from citation c where c.deal_id = d.id and c.source_id = :source) as cites
                            from deal d
                            where %s
                            order by cites desc, d.updated_at desc, d.id
                            limit :deals)
                        select d.slug, d.title, d.cites, e.id as event_id, e.title as event_title, e.occurred_on,
                               e.date_precision
                        from candidate d
                        left join lateral (
                            select e.id, e.title, e.occurred_on, e.date_precision
                            from event e
                            where d.cites and e.deal_id = d.id and e.deleted_at is null
                              and not exists (select 1 from citation c where c.event_id = e.id and c.source_id = :source)
                            order by e.occurred_on desc, e.id desc
                            limit :events) e on true
                        order by d.cites desc, d.updated_at desc, d.id, e.occurred_on desc, e.id desc
                        """.formatted(Audience.EDITOR.deals("d")))
                .param("source", sourceId)
                .param("deals", CiteOn.MAX_DEALS)
                .param("events", CiteOn.MAX_EVENTS)
                .query((RowCallbackHandler) rs -> {
                    var deal = deals.get(rs.getString("slug"));
                    if (deal == null) {
                        deal = new CiteOn.Deal(rs.getString("slug"), rs.getString("title"), rs.getBoolean("cites"),
                                new ArrayList<>());
                        deals.put(deal.slug(), deal);
                    }
                    long event = rs.getLong("event_id");
                    if (!rs.wasNull()) {
                        deal.events().add(new CiteOn.Event(event, rs.getString("event_title"), new PartialDate(
                                Rows.date(rs, "occurred_on"), Rows.enumOf(rs, "date_precision", DatePrecision.class))));
                    }
                });
        return new CiteOn(List.copyOf(deals.values()));
    }

    /** Sources whose title is like this one (trigram similarity), at most five, the closest first. */
    List<Pick> similar(String title) {
        return jdbc.sql("""
                        select s.id, s.title, s.publisher_name, s.published_on from source s
                        where s.title % :title and similarity(s.title, :title) >= 0.5
                        order by similarity(s.title, :title) desc, s.title, s.id
                        limit 5
                        """)
                .param("title", title)
                .query((rs, row) -> new Pick(Long.toString(rs.getLong("id")), rs.getString("title"),
                        rs.getString("publisher_name")
                                + (rs.getDate("published_on") == null ? "" : " · " + rs.getDate("published_on")),
                        false))
                .list();
    }
}
