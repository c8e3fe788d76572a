package com.dealtrace.event;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    /** A deal's events as they stood on a day ({@link AsOf}; null for today), or a case's milestones today. */
    Entries entries(Scope scope, long id, AsOf asOf) {
        Map<Long, TimelineEntry> entries = new LinkedHashMap<>();
        Map<String, BigDecimal> policy = new HashMap<>();
        jdbc.sql(AsOf.sql(asOf, """
                        select e.id, e.occurred_on, e.date_precision, e.kind, e.title, e.description,
                               e.dispute_resolved_at, e.dispute_resolved_by, e.dispute_note,
                               rc.slug as case_slug, rc.title as case_title,
                               s.id as source_id, s.title as source_title, s.publisher_id, s.publisher_name,
                               s.publisher_kind, s.risk, s.url, c.stance, c.quote, c.locator,
                               origin_class(dp.direct, s.publisher_id, s.publisher_kind) as origin_class, %s
                        from event e
                        cross join (select * from grading_policy order by version desc limit 1) p
                        cross join (select %s as direct) dp
                        left join lateral (select rc.slug, rc.title from regulatory_case rc
                                           where rc.id = e.regulatory_case_id limit 1) rc on true
                        left join citation c on c.event_id = e.id
                        left join source s on s.id = c.source_id
                        where e.%s = :id and e.deleted_at is null
                        order by e.occurred_on, e.id, case s.risk when 'LOW' then 0 when 'MEDIUM' then 1 else 2 end, s.published_on nulls last, s.id
                        """.formatted(String.join(", ", SupportRater.POLICY_COLUMNS.stream().map(c -> "p." + c).toList()),
                        DirectParties.of("(select e1.deal_id from event e1 where e1." + scope.column + " = :id limit 1)"),
                        scope.column)))
                .param("id", id)
                .params(AsOf.params(asOf, id))
                .query((RowCallbackHandler) rs -> {
                    if (policy.isEmpty()) {
                        for (String column : SupportRater.POLICY_COLUMNS) {
                            policy.put(column, rs.getBigDecimal(column));
                        }
                    }
                    long eventId = rs.getLong("id");
                    var entry = entries.get(eventId);
                    if (entry == null) {
                        entry = new TimelineEntry(eventId,
                                new PartialDate(Rows.date(rs, "occurred_on"),
                                        Rows.enumOf(rs, "date_precision", DatePrecision.class)),
                                Rows.enumOf(rs, "kind", EventKind.class), rs.getString("title"),
                                rs.getString("description"), rs.getString("case_slug"), rs.getString("case_title"),
                                new ArrayList<>(), Rows.timestamp(rs, "dispute_resolved_at") == null ? null
                                        : new TimelineEntry.Resolution(rs.getString("dispute_resolved_by"),
                                                Rows.timestamp(rs, "dispute_resolved_at"), rs.getString("dispute_note")),
                                null);
                        entries.put(eventId, entry);
                    }
                    Long sourceId = Rows.longOrNull(rs, "source_id");
                    if (sourceId != null) {
                        entry.sources().add(new CitedSourceLine(sourceId, rs.getString("source_title"),
                                Rows.longOrNull(rs, "publisher_id"), rs.getString("publisher_name"),
                                Rows.enumOf(rs, "publisher_kind", PublisherKind.class),
                                Rows.enumOf(rs, "risk", Risk.class), rs.getString("url"),
                                Rows.enumOf(rs, "stance", Stance.class), rs.getString("quote"), rs.getString("locator"),
                                rs.getString("origin_class")));
                    }
                });
        return new Entries(entries.values().stream()
                .map(e -> new TimelineEntry(e.id(), e.date(), e.kind(), e.title(), e.description(), e.caseSlug(),
                        e.caseTitle(), List.copyOf(e.sources()), e.resolution(), null))
                .toList(), policy);
    }

    /** The deal's regulatory cases, as the event editor offers them for marking milestones. */
    List<CaseOption> casesOf(long dealId) {
        return jdbc.sql("select id, slug, title from regulatory_case where deal_id = :deal order by opened_on nulls last, id")
                .param("deal", dealId)
                .query(CaseOption.class)
                .list();
    }
}
