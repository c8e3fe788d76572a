package com.dealtrace.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.dealtrace.database.Rows;
import com.dealtrace.source.PublisherKind;
import com.dealtrace.source.Risk;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind timelines: two statements for any number of events and citations. */
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

    /** The events in scope in date order, with their cited sources. */
    List<TimelineEntry> entries(Scope scope, long id) {
        Map<Long, List<CitedSourceLine>> cited = new LinkedHashMap<>();
        jdbc.sql("""
                        select c.event_id, s.id, s.title, s.publisher_name, s.publisher_kind, s.risk, s.url,
                               c.quote, c.locator
                        from citation c
                        join event e on e.id = c.event_id
                        join source s on s.id = c.source_id
                        where e.%s = :id and e.deleted_at is null
                        order by s.risk, s.published_on nulls last, s.id
                        """.formatted(scope.column))
                .param("id", id)
                .query((RowCallbackHandler) rs -> cited
                        .computeIfAbsent(rs.getLong("event_id"), key -> new ArrayList<>())
                        .add(new CitedSourceLine(rs.getLong("id"), rs.getString("title"),
                                rs.getString("publisher_name"), Rows.enumOf(rs, "publisher_kind", PublisherKind.class),
                                Rows.enumOf(rs, "risk", Risk.class), rs.getString("url"), rs.getString("quote"),
                                rs.getString("locator"))));
        return jdbc.sql("""
                        select e.id, e.occurred_on, e.date_precision, e.kind, e.title, e.description,
                               rc.slug as case_slug, rc.title as case_title
                        from event e
                        left join regulatory_case rc on rc.id = e.regulatory_case_id
                        where e.%s = :id and e.deleted_at is null
                        order by e.occurred_on, e.id
                        """.formatted(scope.column))
                .param("id", id)
                .query((rs, row) -> new TimelineEntry(rs.getLong("id"),
                        new PartialDate(Rows.date(rs, "occurred_on"),
                                Rows.enumOf(rs, "date_precision", DatePrecision.class)),
                        Rows.enumOf(rs, "kind", EventKind.class), rs.getString("title"), rs.getString("description"),
                        rs.getString("case_slug"), rs.getString("case_title"),
                        List.copyOf(cited.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }
}
