package com.dealtrace.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.dealtrace.change.AsOf;
import com.dealtrace.database.Rows;
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

    /** Whose events a timeline lists: a deal's, or the milestones of one regulatory case. */
    enum Scope {
        DEAL("deal_id"), CASE("regulatory_case_id");

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

    /** The events in scope in date order, each with its cited sources: one statement however many there are. */
    List<TimelineEntry> entries(Scope scope, long id) {
        return entries(scope, id, null);
    }

    /** A deal's events as they stood on a day ({@link AsOf}; null for today), or a case's milestones today. */
    List<TimelineEntry> entries(Scope scope, long id, AsOf asOf) {
        Map<Long, TimelineEntry> entries = new LinkedHashMap<>();
        jdbc.sql(AsOf.sql(asOf, """
                        select e.id, e.occurred_on, e.date_precision, e.kind, e.title, e.description,
                               rc.slug as case_slug, rc.title as case_title,
                               s.id as source_id, s.title as source_title, s.publisher_name, s.publisher_kind, s.risk,
                               s.url, c.quote, c.locator
                        from event e
                        left join regulatory_case rc on rc.id = e.regulatory_case_id
                        left join citation c on c.event_id = e.id
                        left join source s on s.id = c.source_id
                        where e.%s = :id and e.deleted_at is null
                        order by e.occurred_on, e.id, case s.risk when 'LOW' then 0 when 'MEDIUM' then 1 else 2 end, s.published_on nulls last, s.id
                        """.formatted(scope.column)))
                .param("id", id)
                .params(AsOf.params(asOf, id))
                .query((RowCallbackHandler) rs -> {
                    long eventId = rs.getLong("id");
                    var entry = entries.get(eventId);
                    if (entry == null) {
                        entry = new TimelineEntry(eventId,
                                new PartialDate(Rows.date(rs, "occurred_on"),
                                        Rows.enumOf(rs, "date_precision", DatePrecision.class)),
                                Rows.enumOf(rs, "kind", EventKind.class), rs.getString("title"),
                                rs.getString("description"), rs.getString("case_slug"), rs.getString("case_title"),
                                new ArrayList<>());
                        entries.put(eventId, entry);
                    }
                    Long sourceId = Rows.longOrNull(rs, "source_id");
                    if (sourceId != null) {
                        entry.sources().add(new CitedSourceLine(sourceId, rs.getString("source_title"),
                                rs.getString("publisher_name"), Rows.enumOf(rs, "publisher_kind", PublisherKind.class),
                                Rows.enumOf(rs, "risk", Risk.class), rs.getString("url"), rs.getString("quote"),
                                rs.getString("locator")));
                    }
                });
        return entries.values().stream()
                .map(e -> new TimelineEntry(e.id(), e.date(), e.kind(), e.title(), e.description(), e.caseSlug(),
                        e.caseTitle(), List.copyOf(e.sources())))
                .toList();
    }

    /** The deal's regulatory cases, as the event editor offers them for marking milestones. */
    List<CaseOption> casesOf(long dealId) {
        return jdbc.sql("select id, slug, title from regulatory_case where deal_id = :deal order by opened_on nulls last, id")
                .param("deal", dealId)
                .query(CaseOption.class)
                .list();
    }
}
