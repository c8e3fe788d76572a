package com.dealtrace.confidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.dealtrace.change.AsOf;
import com.dealtrace.database.Rows;
import com.dealtrace.deal.ConfidenceBand;
import com.dealtrace.deal.DirectParties;
import com.dealtrace.event.Stance;
import com.dealtrace.source.PublisherKind;
import com.dealtrace.source.Risk;
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
            String eventTitle, PartialDate eventDate, Stance stance, String quote, String locator,
            OriginClass originClass) {

        String originKey() {
            return CitedSource.originKey(publisherId, publisher, url);
        }
    }

    /** An event of the deal; {@code resolved} when an editor has resolved a dispute over it. */
    record EventRow(long id, PartialDate date, String title, boolean resolved) {
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
                               c.event_id, e.title as event_title, e.occurred_on, e.date_precision, c.stance, c.quote,
                               c.locator, case s.risk when 'LOW' then 0 when 'MEDIUM' then 1 else 2 end as risk_rank,
                               null::boolean as resolved,
                               origin_class(dp.direct, s.publisher_id, s.publisher_kind) as origin_class
                        from citation c
                        cross join (select %s as direct) dp
                        join source s on s.id = c.source_id
                        left join event e on e.id = c.event_id
                        where c.deal_id = :deal and (c.event_id is null or e.deleted_at is null)
                        union all
                        select 'E', null, null, null, null, null, null, null, null, null, null, null,
                               e.id, e.title, e.occurred_on, e.date_precision, null, null, null, null,
                               e.dispute_resolved_at is not null, null
                        from event e
                        where e.deal_id = :deal and e.deleted_at is null
                        order by row_kind, risk_rank, published_on nulls last, id, occurred_on nulls first, event_id
                        """.formatted(DirectParties.of(":deal"))))
                .param("deal", dealId)
                .params(AsOf.params(asOf, dealId))
                .query((RowCallbackHandler) rs -> {
                    var occurred = Rows.date(rs, "occurred_on");
                    var date = occurred == null ? null
                            : new PartialDate(occurred, Rows.enumOf(rs, "date_precision", DatePrecision.class));
                    if ("E".equals(rs.getString("row_kind"))) {
                        events.add(new EventRow(rs.getLong("event_id"), date, rs.getString("event_title"),
                                rs.getBoolean("resolved")));
                        return;
                    }
                    citations.add(new CitationRow(rs.getLong("id"), rs.getString("title"),
                            Rows.longOrNull(rs, "publisher_id"), rs.getString("publisher_name"),
                            Rows.enumOf(rs, "publisher_kind", PublisherKind.class), Rows.date(rs, "published_on"),
                            Rows.enumOf(rs, "risk", Risk.class), rs.getString("summary"), rs.getString("notes"),
                            rs.getString("url"), rs.getString("archive_url"), Rows.longOrNull(rs, "event_id"),
                            rs.getString("event_title"), date, Rows.enumOf(rs, "stance", Stance.class),
                            rs.getString("quote"), rs.getString("locator"),
                            Rows.enumOf(rs, "origin_class", OriginClass.class)));
                });
        return new Evidence(citations, events);
    }

    /** The grading history, newest first, with the policy in force: one statement. */
    record Grading(List<SourceConfidenceView.Assessment> assessments, GradingPolicy policy) {
    }

    private static final String POLICY_COLUMNS = """
            p.version, p.low, p.medium, p.high, p.direct, p.official, p.independent, p.created_by, p.created_at""";

    Grading grading(long dealId, AsOf asOf) {
        GradingPolicy[] policy = new GradingPolicy[1];
        List<SourceConfidenceView.Assessment> assessments = new ArrayList<>();
        jdbc.sql(AsOf.sql(asOf, """
                        select %s, a.score, a.rationale, a.assessed_by, a.assessed_at, a.imported,
                               a.bundle_assessed_by, a.bundle_assessed_at, a.policy_version, a.suggested_score, a.status,
                               a.reviewed_by, a.reviewed_at, a.review_note
                        from (select * from grading_policy order by version desc limit 1) p
                        left join lateral (
                            select score, rationale, assessed_by, assessed_at, imported, bundle_assessed_by,
                                   bundle_assessed_at, policy_version, suggested_score, status, reviewed_by,
                                   reviewed_at, review_note, id from confidence_assessment
                            where deal_id = :deal) a on true
                        order by a.assessed_at desc nulls last, a.id desc
                        """.formatted(POLICY_COLUMNS)))
                .param("deal", dealId)
                .params(AsOf.params(asOf, dealId))
                .query((RowCallbackHandler) rs -> {
                    if (policy[0] == null) {
                        policy[0] = policy(rs);
                    }
                    var score = rs.getBigDecimal("score");
                    if (score != null) {
                        Long policyVersion = Rows.longOrNull(rs, "policy_version");
                        assessments.add(new SourceConfidenceView.Assessment(score, ConfidenceBand.of(score),
                                rs.getString("rationale"), rs.getString("assessed_by"), Rows.timestamp(rs, "assessed_at"),
                                rs.getBoolean("imported") ? new SourceConfidenceView.Imported(rs.getString("bundle_assessed_by"),
                                        Rows.timestamp(rs, "bundle_assessed_at")) : null,
                                policyVersion == null ? null : policyVersion.intValue(), rs.getBigDecimal("suggested_score"),
                                Rows.enumOf(rs, "status", GradeStatus.class), rs.getString("reviewed_by"),
                                Rows.timestamp(rs, "reviewed_at"), rs.getString("review_note")));
                    }
                });
        return new Grading(assessments, policy[0]);
    }

    private static GradingPolicy policy(java.sql.ResultSet rs) throws java.sql.SQLException {
        Map<Risk, BigDecimal> weights = new EnumMap<>(Risk.class);
        weights.put(Risk.LOW, rs.getBigDecimal("low"));
        weights.put(Risk.MEDIUM, rs.getBigDecimal("medium"));
        weights.put(Risk.HIGH, rs.getBigDecimal("high"));
        Map<OriginClass, BigDecimal> factors = new EnumMap<>(OriginClass.class);
        factors.put(OriginClass.DIRECT, rs.getBigDecimal("direct"));
        factors.put(OriginClass.OFFICIAL, rs.getBigDecimal("official"));
        factors.put(OriginClass.INDEPENDENT, rs.getBigDecimal("independent"));
        return new GradingPolicy(rs.getInt("version"), weights, factors, rs.getString("created_by"),
                Rows.timestamp(rs, "created_at"));
    }

    /** The policy in force: the newest version. */
    GradingPolicy policy() {
        return jdbc.sql("select " + POLICY_COLUMNS + " from grading_policy p order by version desc limit 1")
                .query((rs, row) -> policy(rs))
                .single();
    }

    /** Every version of the policy, newest first. */
    List<GradingPolicy> policies() {
        return jdbc.sql("select " + POLICY_COLUMNS + " from grading_policy p order by version desc")
                .query((rs, row) -> policy(rs))
                .list();
    }

    /** Whether grades need a second admin's confirmation. */
    boolean twoPerson() {
        return jdbc.sql("select two_person from grading_setting").query(Boolean.class).single();
    }

    /** Every proposed grade across deals, the oldest first: one statement. */
    List<Proposal> proposals() {
        return jdbc.sql("""
                        select a.id, d.slug, d.title, a.score, a.rationale, a.assessed_by, a.assessed_at, a.policy_version,
                               a.suggested_score
                        from confidence_assessment a join deal d on d.id = a.deal_id
                        where a.status = 'PROPOSED' and d.deleted_at is null
                        order by a.assessed_at, a.id""")
                .query((rs, row) -> {
                    Long version = Rows.longOrNull(rs, "policy_version");
                    return new Proposal(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                            rs.getBigDecimal("score"), rs.getString("rationale"), rs.getString("assessed_by"),
                            Rows.timestamp(rs, "assessed_at"), version == null ? null : version.intValue(),
                            rs.getBigDecimal("suggested_score"));
                })
                .list();
    }
}
