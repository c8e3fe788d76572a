package com.dealtrace.confidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.dealtrace.database.Rows;
import com.dealtrace.event.DatePrecision;
import com.dealtrace.event.PartialDate;
import com.dealtrace.source.PublisherKind;
import com.dealtrace.source.Risk;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind the source-confidence page; every method is one statement. */
@Repository
class ConfidenceQueries {

    private final JdbcClient jdbc;

    ConfidenceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A citation of the deal, with its source and the event it supports (null for the deal as a whole). */
    record CitationRow(long sourceId, String title, Long publisherId, String publisher, PublisherKind publisherKind,
            LocalDate publishedOn, Risk risk, String summary, String notes, String url, String archiveUrl, Long eventId,
            String eventTitle, PartialDate eventDate, String quote, String locator) {

        /** Sources of one publisher are one origin: the same party, or else the same name. */
        String originKey() {
            return publisherId != null ? "party:" + publisherId : "name:" + publisher.trim().toLowerCase();
        }
    }

    record EventRow(long id, PartialDate date, String title) {
    }

    List<CitationRow> citations(long dealId) {
        return jdbc.sql("""
                        select s.id, s.title, s.publisher_id, s.publisher_name, s.publisher_kind, s.published_on,
                               s.risk, s.summary, s.notes, s.url, s.archive_url,
                               c.event_id, e.title as event_title, e.occurred_on, e.date_precision, c.quote, c.locator
                        from citation c
                        join source s on s.id = c.source_id
                        left join event e on e.id = c.event_id
                        where c.deal_id = :deal and (c.event_id is null or e.deleted_at is null)
                        order by s.risk, s.published_on nulls last, s.id, e.occurred_on nulls first, e.id
                        """)
                .param("deal", dealId)
                .query((rs, row) -> {
                    var occurred = Rows.date(rs, "occurred_on");
                    return new CitationRow(rs.getLong("id"), rs.getString("title"), Rows.longOrNull(rs, "publisher_id"),
                            rs.getString("publisher_name"), Rows.enumOf(rs, "publisher_kind", PublisherKind.class),
                            Rows.date(rs, "published_on"), Rows.enumOf(rs, "risk", Risk.class), rs.getString("summary"),
                            rs.getString("notes"), rs.getString("url"), rs.getString("archive_url"), Rows.longOrNull(rs, "event_id"),
                            rs.getString("event_title"),
                            occurred == null ? null
                                    : new PartialDate(occurred, Rows.enumOf(rs, "date_precision", DatePrecision.class)),
                            rs.getString("quote"), rs.getString("locator"));
                })
                .list();
    }

    List<EventRow> events(long dealId) {
        return jdbc.sql("select id, occurred_on, date_precision, title from event where deal_id = :deal and deleted_at is null order by occurred_on, id")
                .param("deal", dealId)
                .query((rs, row) -> new EventRow(rs.getLong("id"), new PartialDate(Rows.date(rs, "occurred_on"),
                        Rows.enumOf(rs, "date_precision", DatePrecision.class)), rs.getString("title")))
                .list();
    }

    List<SourceConfidenceView.Assessment> assessments(long dealId) {
        return jdbc.sql("""
                        select score, rationale, assessed_by, assessed_at from confidence_assessment
                        where deal_id = :deal order by assessed_at desc, id desc
                        """)
                .param("deal", dealId)
                .query((rs, row) -> new SourceConfidenceView.Assessment(rs.getBigDecimal("score"),
                        ConfidenceBand.of(rs.getBigDecimal("score")), rs.getString("rationale"),
                        rs.getString("assessed_by"), Rows.timestamp(rs, "assessed_at")))
                .list();
    }

    Map<Risk, BigDecimal> weights() {
        Map<Risk, BigDecimal> weights = new EnumMap<>(Risk.class);
        jdbc.sql("select risk, weight from risk_weight")
                .query((RowCallbackHandler) rs -> weights.put(Rows.enumOf(rs, "risk", Risk.class), rs.getBigDecimal("weight")));
        return weights;
    }
}
