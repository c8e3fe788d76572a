package com.dealtrace.event;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.dealtrace.change.AsOf;
import com.dealtrace.database.Rows;
import com.dealtrace.deal.DirectParties;
import com.dealtrace.source.PublisherKind;
import com.dealtrace.source.Risk;
import com.dealtrace.web.DatePrecision;
import com.dealtrace.web.PartialDate;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind timelines: one statement for any number of events and citations. */
@Repository
class EventQueries {

    private final JdbcClient jdbc;

    EventQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whose events a timeline lists: a deal's, the milestones of one regulatory case, or one event. */
    enum Scope {
        DEAL("deal_id"), CASE("regulatory_case_id"), EVENT("id");

        private final String column;

        Scope(String column) {
            this.column = column;
        }
    }

    /** The regulatory cases of a deal with their dates, for the drawn timeline. */
    List<TimelineDrawing.CaseSpan> cases(long dealId, AsOf asOf) {
        return jdbc.sql(AsOf.sql(asOf, """
                        select slug, title, opened_on, decided_on, status from regulatory_case
                        where deal_id = :deal order by opened_on nulls last, id"""))
                .param("deal", dealId)
                .params(AsOf.params(asOf, dealId))
                .query((rs, row) -> new TimelineDrawing.CaseSpan(rs.getString("slug"), rs.getString("title"),
                        Rows.date(rs, "opened_on"), Rows.date(rs, "decided_on"), !"CLOSED".equals(rs.getString("status"))))
                .list();
    }

    /**
     * Events a source contradicts and no editor has resolved, across the deals an editor sees, the longest disputed
     * first: one statement.
     */
    List<DisputeRow> disputes() {
        return jdbc.sql("""
                        select e.id, e.title, e.occurred_on, e.date_precision, d.slug, d.title as deal_title,
                               x.since, x.contradicting,
                               (select count(*) from citation s where s.event_id = e.id and s.stance = 'SUPPORTS') as supporting
                        from (select event_id, min(created_at) as since, count(*) as contradicting from citation
                              where stance = 'CONTRADICTS' group by event_id) x
                        join event e on e.id = x.event_id
                        join deal d on d.id = e.deal_id
                        where e.deleted_at is null and e.dispute_resolved_at is null and d.deleted_at is null
                        order by x.since, e.id
                        """)
                .query((rs, row) -> new DisputeRow(rs.getLong("id"), rs.getString("title"),
                        new PartialDate(Rows.date(rs, "occurred_on"), Rows.enumOf(rs, "date_precision", DatePrecision.class)),
                        rs.getString("slug"), rs.getString("deal_title"), Rows.timestamp(rs, "since"),
                        rs.getInt("supporting"), rs.getInt("contradicting")))
                .list();
    }

    /** The events in scope in date order with their cited sources, and the grading policy in force. */
    record Entries(List<TimelineEntry> entries, Map<String, BigDecimal> policy) {
    }

    /**
     * The events in scope in date order, each with its cited sources, and the policy that rates their support: one
     * statement however many there are. The deal's direct parties are read once for every citation's origin class
     * (V16; a subquery per citation took 5 ms of the heavy timeline); each event's case is looked up by its key
     * instead of hash-joined with every case.
     */
    Entries entries(Scope scope, long id) {
        return entries(scope, id, null);
    }

    /**
     * A deal's events as they stood on a day ({@link AsOf}; null for today), or a case's milestones today.
     *
     * <p>The statement answers in four parts: the policy (one row), the events (a row each), the sources the deal
     * cites (a row each) and the citations (a narrow row each). An event's texts and a source's title, publisher and
     * address are sent once, not once for each citation (the heavy timeline's 200 events cite 50 sources 1,000
     * times: 490 KB sent before, half that now), and no citation is joined with its source. The rows come unsorted,
     * and the events and each event's sources are put in order here: 200 events are sorted faster than PostgreSQL
     * sorts 1,250 wide rows.
     */
    Entries entries(Scope scope, long id, AsOf asOf) {
        String inScope = "e." + scope.column + " = :id and e.deleted_at is null";
        String deal = "(select e1.deal_id from event e1 where e1." + scope.column + " = :id limit 1)";
        String policyColumns = String.join(", ", SupportRater.POLICY_COLUMNS);
        String noPolicy = String.join(", ", SupportRater.POLICY_COLUMNS.stream().map(c -> "null").toList());
        List<TimelineEntry> events = new ArrayList<>();
        Map<Long, Source> sources = new HashMap<>();
        Map<Long, List<Citing>> citations = new HashMap<>();
        Map<String, BigDecimal> policy = new HashMap<>();
        jdbc.sql(AsOf.sql(asOf, """
                        select 0 as part, null::bigint as id, null::date as occurred_on, null as date_precision,
                               null as kind, null as title, null as description,
                               null::timestamptz as dispute_resolved_at, null as dispute_resolved_by,
                               null as dispute_note, null as case_slug, null as case_title,
                               null::bigint as publisher_id, null as publisher_name, null as publisher_kind,
                               null as risk, null as url, null::date as published_on, null as origin_class,
                               null::bigint as source_id, null as stance, null as quote, null as locator, %1$s
                        from (select * from grading_policy order by version desc limit 1) p
                        union all
                        select 1, e.id, e.occurred_on, e.date_precision, e.kind, e.title, e.description,
                               e.dispute_resolved_at, e.dispute_resolved_by, e.dispute_note, rc.slug, rc.title,
                               null, null, null, null, null, null, null, null, null, null, null, %2$s
                        from event e
                        left join lateral (select rc.slug, rc.title from regulatory_case rc
                                           where rc.id = e.regulatory_case_id limit 1) rc on true
                        where %3$s
                        union all
                        select 2, s.id, null, null, null, s.title, null, null, null, null, null, null,
                               s.publisher_id, s.publisher_name, s.publisher_kind, s.risk, s.url, s.published_on,
                               origin_class(dp.direct, s.publisher_id, s.publisher_kind),
                               null, null, null, null, %2$s
                        from source s
                        cross join (select %4$s as direct) dp
                        where s.id in (select c.source_id from citation c where c.deal_id = %5$s)
                        union all
                        select 3, e.id, null, null, null, null, null, null, null, null, null, null,
                               null, null, null, null, null, null, null, c.source_id, c.stance, c.quote, c.locator, %2$s
                        from event e
                        join citation c on c.event_id = e.id
                        where %3$s
                        """.formatted(policyColumns, noPolicy, inScope, DirectParties.of(deal), deal)))
                .param("id", id)
                .params(AsOf.params(asOf, id))
                .query((RowCallbackHandler) rs -> {
                    switch (rs.getInt("part")) {
                        case 0 -> {
                            for (String column : SupportRater.POLICY_COLUMNS) {
                                policy.put(column, rs.getBigDecimal(column));
                            }
                        }
                        case 1 -> events.add(new TimelineEntry(rs.getLong("id"),
                                new PartialDate(Rows.date(rs, "occurred_on"),
                                        Rows.enumOf(rs, "date_precision", DatePrecision.class)),
                                Rows.enumOf(rs, "kind", EventKind.class), rs.getString("title"),
                                rs.getString("description"), rs.getString("case_slug"), rs.getString("case_title"),
                                List.of(), Rows.timestamp(rs, "dispute_resolved_at") == null ? null
                                        : new TimelineEntry.Resolution(rs.getString("dispute_resolved_by"),
                                                Rows.timestamp(rs, "dispute_resolved_at"), rs.getString("dispute_note")),
                                null));
                        case 2 -> sources.put(rs.getLong("id"), new Source(rs.getLong("id"), rs.getString("title"),
                                Rows.longOrNull(rs, "publisher_id"), rs.getString("publisher_name"),
                                Rows.enumOf(rs, "publisher_kind", PublisherKind.class),
                                Rows.enumOf(rs, "risk", Risk.class), rs.getString("url"),
                                Rows.date(rs, "published_on"), rs.getString("origin_class")));
                        default -> citations.computeIfAbsent(rs.getLong("id"), event -> new ArrayList<>())
                                .add(new Citing(rs.getLong("source_id"), Rows.enumOf(rs, "stance", Stance.class),
                                        rs.getString("quote"), rs.getString("locator")));
                    }
                });
        events.sort(EVENT_ORDER);
        return new Entries(events.stream().map(e -> {
            var cited = citations.getOrDefault(e.id(), List.of()).stream()
                    .filter(c -> sources.containsKey(c.sourceId()))
                    .sorted(Comparator.comparing((Citing c) -> sources.get(c.sourceId()), SOURCE_ORDER))
                    .map(c -> sources.get(c.sourceId()).cited(c))
                    .toList();
            return new TimelineEntry(e.id(), e.date(), e.kind(), e.title(), e.description(), e.caseSlug(),
                    e.caseTitle(), cited, e.resolution(), null);
        }).toList(), policy);
    }

    /** A timeline's order: by date, events of one date as entered. */
    private static final Comparator<TimelineEntry> EVENT_ORDER = Comparator
            .comparing((TimelineEntry e) -> e.date().date()).thenComparingLong(TimelineEntry::id);

    /** The order of an event's sources: by risk (low first, as {@link Risk} declares), each by publication date. */
    private static final Comparator<Source> SOURCE_ORDER = Comparator.comparing(Source::risk)
            .thenComparing(Source::publishedOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Source::id);

    /** A citation on an event, before it is joined with its source. */
    private record Citing(long sourceId, Stance stance, String quote, String locator) {
    }

    /** A source the deal cites, read once however many citations it has. */
    private record Source(long id, String title, Long publisherId, String publisher, PublisherKind publisherKind,
            Risk risk, String url, LocalDate publishedOn, String originClass) {

        CitedSourceLine cited(Citing citation) {
            return new CitedSourceLine(id, title, publisherId, publisher, publisherKind, risk, url, citation.stance(),
                    citation.quote(), citation.locator(), originClass);
        }
    }

    /** The deal's regulatory cases, as the event editor offers them for marking milestones. */
    List<CaseOption> casesOf(long dealId) {
        return jdbc.sql("select id, slug, title from regulatory_case where deal_id = :deal order by opened_on nulls last, id")
                .param("deal", dealId)
                .query(CaseOption.class)
                .list();
    }
}
