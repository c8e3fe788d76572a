package com.dealtrace.regulation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import com.dealtrace.database.KeysetPage;
import com.dealtrace.database.Rows;
import com.dealtrace.database.Where;
import com.dealtrace.party.CaseOutcome;
import com.dealtrace.party.CaseStatus;
import com.dealtrace.party.PartyRef;
import com.dealtrace.security.Audience;
import com.dealtrace.web.Pick;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind the regulatory case pages; every method is one statement. */
@Repository
class CaseQueries {

    private static final String FROM = """
            select rc.id, rc.slug, rc.title, r.slug as regulator_slug, r.name as regulator_name, rc.jurisdiction,
                   rc.status, rc.outcome, rc.opened_on, rc.decided_on, d.slug as deal_slug, d.title as deal_title,
                   rc.reference, rc.url
            from regulatory_case rc
            join party r on r.id = rc.regulator_id
            join deal d on d.id = rc.deal_id
            """;

    private final JdbcClient jdbc;

    CaseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record CaseRow(long id, CaseSummary summary, String reference, String url) {
    }

    Optional<CaseRow> find(String slug, Audience audience) {
        return jdbc.sql(FROM + Where.of(audience.deals("d"), "rc.slug = :slug"))
                .param("slug", slug)
                .query((rs, row) -> new CaseRow(rs.getLong("id"), summary(rs), rs.getString("reference"),
                        rs.getString("url")))
                .optional();
    }

    /**
     * At most {@code limit} cases that match, the most recently recorded first: those recorded before the case
     * {@code cursor} (Next), or after it read the other way round ({@code backwards}: Previous), else the first.
     * One range of the primary key, so any page costs what the first does. The regulator is a slug or words of a
     * regulator's name or aliases, {@code q} words of the case's title (trigram indexes).
     */
    KeysetPage<CaseSummary> list(String regulator, CaseStatus status, String q, String cursor, boolean backwards, int limit,
            Audience audience) {
        var where = Where.of(audience.deals("d"))
                .andIf(regulator != null, """
                        rc.regulator_id in (select p.id from party p where p.slug = :regulator or p.names ilike :regulatorName)""",
                        "regulator", regulator, "regulatorName", regulator == null ? null : Rows.likeContaining(regulator))
                .and("rc.status = :status", "status", status)
                .andIf(q != null, "rc.title ilike :q", "q", q == null ? null : Rows.likeContaining(q))
                .andIf(cursor != null, "rc.id %s (select a.id from regulatory_case a where a.slug = :cursor)"
                        .formatted(backwards ? ">" : "<"), "cursor", cursor)
                .bind("limit", limit + 1);
        return KeysetPage.of(jdbc.sql(FROM + where + " order by rc.id " + (backwards ? "asc" : "desc") + " limit :limit")
                .params(where.params())
                .query((rs, row) -> summary(rs))
                .list(), limit, backwards);
    }

    /** The open cases, newest first, and the next statutory deadlines (see {@link #openAndDeadlines}). */
    record OpenAndDeadlines(List<CaseSummary> open, List<Deadline> deadlines) {
    }

    /**
     * The cases still open, newest first, and in the same statement the statutory deadlines of phases not decided yet
     * in cases not closed, the earliest first (those passed without a decision come first).
     */
    OpenAndDeadlines openAndDeadlines(int limit, int deadlines, Audience audience, java.time.LocalDate today) {
        List<CaseSummary> open = new java.util.ArrayList<>();
        List<Deadline> next = new java.util.ArrayList<>();
        var columns = """
                rc.id, rc.slug, rc.title, r.slug as regulator_slug, r.name as regulator_name, rc.jurisdiction,
                rc.status, rc.outcome, rc.opened_on, rc.decided_on, d.slug as deal_slug, d.title as deal_title""";
        var from = """
                from regulatory_case rc join party r on r.id = rc.regulator_id join deal d on d.id = rc.deal_id""";
        jdbc.sql("""
                        (select 'C' as row_kind, %1$s, null as phase, null::date as deadline_on, 0::bigint as phase_id
                         %2$s where %3$s and rc.status <> 'CLOSED'
                         order by rc.opened_on desc nulls first, rc.id desc limit :limit)
                        union all
                        (select 'D', %1$s, cp.phase, cp.deadline_on, cp.id
                         from case_phase cp join regulatory_case rc on rc.id = cp.case_id
                         join party r on r.id = rc.regulator_id join deal d on d.id = rc.deal_id
                         where %3$s and cp.decided_on is null and cp.deadline_on is not null and rc.status <> 'CLOSED'
                         order by cp.deadline_on, cp.id limit :deadlines)
                        order by row_kind, deadline_on, phase_id, opened_on desc nulls first, id desc
                        """.formatted(columns, from, audience.deals("d")))
                .param("limit", limit)
                .param("deadlines", deadlines)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    if ("C".equals(rs.getString("row_kind"))) {
                        open.add(summary(rs));
                        return;
                    }
                    var deadline = Rows.date(rs, "deadline_on");
                    next.add(new Deadline(rs.getString("slug"), rs.getString("title"), rs.getString("regulator_name"),
                            Rows.enumOf(rs, "phase", Phase.class), deadline,
                            (int) java.time.temporal.ChronoUnit.DAYS.between(today, deadline)));
                });
        return new OpenAndDeadlines(open, next);
    }

    List<CaseSummary> open(int limit, Audience audience) {
        return jdbc.sql(FROM + Where.of(audience.deals("d"), "rc.status <> 'CLOSED'")
                        + "order by rc.opened_on desc nulls first, rc.id desc limit :limit")
                .param("limit", limit)
                .query((rs, row) -> summary(rs))
                .list();
    }

    /** Cases whose title or reference matches the text, in part or in any word, the best first. */
    List<Pick> pick(String text) {
        return jdbc.sql("""
                        select rc.slug, rc.title, rc.reference, p.name as regulator from regulatory_case rc
                        join party p on p.id = rc.regulator_id
                        where :text <> '' and (rc.title ilike :like or rc.reference ilike :like
                               or rc.title ilike all(cast(:words as text[])) or :text <% rc.title)
                        order by word_similarity(:text, rc.title) desc, rc.title, rc.id
                        limit :limit
                        """)
                .param("text", text)
                .param("like", Pick.contains(text))
                .param("words", Pick.containsEach(text))
                .param("limit", Pick.LIMIT)
                .query((rs, row) -> new Pick(rs.getString("slug"), rs.getString("title"),
                        rs.getString("regulator") + (rs.getString("reference") == null ? "" : " · " + rs.getString("reference")),
                        false))
                .list();
    }

    private static CaseSummary summary(ResultSet rs) throws SQLException {
        return new CaseSummary(rs.getString("slug"), rs.getString("title"),
                new PartyRef(rs.getString("regulator_slug"), rs.getString("regulator_name")),
                rs.getString("jurisdiction"), Rows.enumOf(rs, "status", CaseStatus.class),
                Rows.enumOf(rs, "outcome", CaseOutcome.class), Rows.date(rs, "opened_on"),
                Rows.date(rs, "decided_on"), rs.getString("deal_slug"), rs.getString("deal_title"));
    }
}
