package com.dealtrace.confidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.dealtrace.change.AsOf;
import com.dealtrace.database.Rows;
import com.dealtrace.deal.ConfidenceBand;
import com.dealtrace.source.PublisherKind;
import com.dealtrace.source.Risk;
import com.dealtrace.source.UrlNormalizer;
import com.dealtrace.web.DatePrecision;
import com.dealtrace.web.PartialDate;

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

        /**
         * Sources of one publisher are one origin: the same party, the same name or the same registrable domain; the
         * keys are joined with {@link ScoreCalculator#KEYS}, and any key in common makes two sources one origin.
         * (A publisher named like a party or its alias is linked to it when the source is saved.)
         */
        String originKey() {
            String keys = (publisherId != null ? "party:" + publisherId + ScoreCalculator.KEYS : "")
                    + "name:" + publisher.trim().toLowerCase(Locale.ROOT);
            return UrlNormalizer.registrableDomain(url).map(domain -> keys + ScoreCalculator.KEYS + "domain:" + domain)
                    .orElse(keys);
        }
    }

    record EventRow(long id, PartialDate date, String title) {
    }

    /** What the page needs of a deal's evidence: its citations with their sources, and its events. */
    record Evidence(List<CitationRow> citations, List<EventRow> events) {
    }

    /** The deal's citations and its events, in one statement: the two lists stacked with a column telling which. */
    Evidence evidence(long dealId, AsOf asOf) {
        List<CitationRow> citations = new ArrayList<>();
        List<EventRow> events = new ArrayList<>();
        jdbc.sql(AsOf.sql(asOf, """
                        select 'C' as row_kind, s.id, s.title, s.publisher_id, s.publisher_name, s.publisher_kind,
                               s.published_on, s.risk, s.summary, s.notes, s.url, s.archive_url,
                               c.event_id, e.title as event_title, e.occurred_on, e.date_precision, c.quote, c.locator,
                               case s.risk when 'LOW' then 0 when 'MEDIUM' then 1 else 2 end as risk_rank
                        from citation c
                        join source s on s.id = c.source_id
                        left join event e on e.id = c.event_id
                        where c.deal_id = :deal and (c.event_id is null or e.deleted_at is null)
                        union all
                        select 'E', null, null, null, null, null, null, null, null, null, null, null,
                               e.id, e.title, e.occurred_on, e.date_precision, null, null, null
                        from event e
                        where e.deal_id = :deal and e.deleted_at is null
                        order by row_kind, risk_rank, published_on nulls last, id, occurred_on nulls first, event_id
                        """))
                .param("deal", dealId)
                .params(AsOf.params(asOf, dealId))
                .query((RowCallbackHandler) rs -> {
                    var occurred = Rows.date(rs, "occurred_on");
                    var date = occurred == null ? null
                            : new PartialDate(occurred, Rows.enumOf(rs, "date_precision", DatePrecision.class));
                    if ("E".equals(rs.getString("row_kind"))) {
                        events.add(new EventRow(rs.getLong("event_id"), date, rs.getString("event_title")));
                        return;
                    }
                    citations.add(new CitationRow(rs.getLong("id"), rs.getString("title"),
                            Rows.longOrNull(rs, "publisher_id"), rs.getString("publisher_name"),
                            Rows.enumOf(rs, "publisher_kind", PublisherKind.class), Rows.date(rs, "published_on"),
                            Rows.enumOf(rs, "risk", Risk.class), rs.getString("summary"), rs.getString("notes"),
                            rs.getString("url"), rs.getString("archive_url"), Rows.longOrNull(rs, "event_id"),
                            rs.getString("event_title"), date, rs.getString("quote"), rs.getString("locator")));
                });
        return new Evidence(citations, events);
    }

    /** The grading history, newest first, with the risk weights: one statement. */
    record Grading(List<SourceConfidenceView.Assessment> assessments, Map<Risk, BigDecimal> weights) {
    }

    Grading grading(long dealId, AsOf asOf) {
        Map<Risk, BigDecimal> weights = new EnumMap<>(Risk.class);
        List<SourceConfidenceView.Assessment> assessments = new ArrayList<>();
        jdbc.sql(AsOf.sql(asOf, """
                        select w.risks, w.weights, a.score, a.rationale, a.assessed_by, a.assessed_at, a.imported,
                               a.bundle_assessed_by, a.bundle_assessed_at
                        from (select array_agg(risk order by risk) as risks, array_agg(weight::text order by risk) as weights
                              from risk_weight) w
                        left join lateral (
                            select score, rationale, assessed_by, assessed_at, imported, bundle_assessed_by,
                                   bundle_assessed_at, id from confidence_assessment
                            where deal_id = :deal) a on true
                        order by a.assessed_at desc nulls last, a.id desc
                        """))
                .param("deal", dealId)
                .params(AsOf.params(asOf, dealId))
                .query((RowCallbackHandler) rs -> {
                    if (weights.isEmpty()) {
                        var risks = Rows.strings(rs, "risks");
                        var values = Rows.strings(rs, "weights");
                        for (int i = 0; i < risks.size(); i++) {
                            weights.put(Risk.valueOf(risks.get(i)), new BigDecimal(values.get(i)));
                        }
                    }
                    var score = rs.getBigDecimal("score");
                    if (score != null) {
                        assessments.add(new SourceConfidenceView.Assessment(score, ConfidenceBand.of(score),
                                rs.getString("rationale"), rs.getString("assessed_by"), Rows.timestamp(rs, "assessed_at"),
                                rs.getBoolean("imported") ? new SourceConfidenceView.Imported(rs.getString("bundle_assessed_by"),
                                        Rows.timestamp(rs, "bundle_assessed_at")) : null));
                    }
                });
        return new Grading(assessments, weights);
    }

    Map<Risk, BigDecimal> weights() {
        Map<Risk, BigDecimal> weights = new EnumMap<>(Risk.class);
        jdbc.sql("select risk, weight from risk_weight")
                .query((RowCallbackHandler) rs -> weights.put(Rows.enumOf(rs, "risk", Risk.class), rs.getBigDecimal("weight")));
        return weights;
    }
}
