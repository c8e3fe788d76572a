package com.dealtrace.follow;

import java.util.List;

import com.dealtrace.change.ChangeAction;
import com.dealtrace.change.ChangeEntity;
import com.dealtrace.database.Rows;
import com.dealtrace.security.Audience;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one statement behind the inbox, its count, the digest and the private feed: the recorded changes (the change
 * log, which every edit writes) of the deals a user follows, of the deals of the parties they follow and of the
 * cases those decide as regulators, and of the deals their saved searches match — after each follow began, not
 * made by the user, and only of deals the user's audience may read. Anything recorded against a deal reaches it:
 * events, citations, cases, grades, and whatever later features record there.
 */
@Repository
class InboxQueries {

    /**
     * The matching changes, as {@code m(change_id)}, for the user {@code :username} after {@code :after}; when
     * {@code :unread} only those not read yet.
     */
    private static final String MATCHES = """
            with u as (select id, username from app_user where username = :username),
            f as (select f.* from follow f join u on u.id = f.user_id),
            st as (select coalesce((select s.read_up_to from inbox_state s join u on u.id = s.user_id), 0) as read_up_to),
            m as (
                select c.id as change_id from f join change_log c on c.deal_id = f.deal_id and c.id > f.since_change
                union
                select c.id from f join deal_participant dp on dp.party_id = f.party_id
                    join change_log c on c.deal_id = dp.deal_id and c.id > f.since_change
                union
                select c.id from f join regulatory_case rc on rc.regulator_id = f.party_id
                    join change_log c on c.deal_id = rc.deal_id and c.id > f.since_change
                union
                select c.id from f join change_log c on f.search_kind is not null and c.id > f.since_change
                    join deal d on d.id = c.deal_id
                where (f.q is null or strpos(lower(d.title), lower(f.q)) > 0
                        or (f.search_kind = 'SEARCH' and strpos(lower(d.summary), lower(f.q)) > 0)
                        or exists (select 1 from deal_participant qp join party qpp on qpp.id = qp.party_id
                                   where qp.deal_id = d.id and strpos(lower(qpp.name), lower(f.q)) > 0))
                  and (f.deal_type is null or d.type = f.deal_type)
                  and (f.deal_status is null or d.status = f.deal_status)
                  and (f.region is null or strpos(lower(coalesce(d.region, '')), lower(f.region)) > 0)
                  and (f.party is null or exists (select 1 from deal_participant pp join party ppp on ppp.id = pp.party_id
                                   where pp.deal_id = d.id and (ppp.slug = f.party or strpos(lower(ppp.name), lower(f.party)) > 0)))
                  and (f.grade is null or f.grade = (select ca.grade from confidence_assessment ca where ca.deal_id = d.id
                                   order by ca.assessed_at desc, ca.id desc limit 1))
                  and (f.announced_from is null or d.announced_on >= f.announced_from)
                  and (f.announced_to is null or d.announced_on <= f.announced_to)
            )
            """;

    private static final String FILTER = """
            from m join change_log c on c.id = m.change_id
            join deal d on d.id = c.deal_id
            cross join st
            where %s
              and c.changed_by <> (select username from u)
              and c.id > :after
              and (not :unread or (c.id > st.read_up_to
                   and not exists (select 1 from inbox_read r where r.user_id = (select id from u) and r.change_id = c.id)))
            """;

    private final JdbcClient jdbc;

    InboxQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One change told: what changed in which deal, by whom and when, and whether the user has read it. */
    record Row(long changeId, ChangeEntity entity, long entityId, ChangeAction action, String summary, String changedBy,
            java.time.OffsetDateTime changedAt, String dealSlug, String dealTitle, String caseSlug, boolean read,
            int total) {
    }

    /** The newest matching changes, at most {@code limit}, grouped by deal (the deal changed last first). */
    List<Row> rows(String username, Audience audience, long after, boolean unread, int limit) {
        return jdbc.sql(MATCHES + """
                        select c.id, c.entity, c.entity_id, c.action, c.summary, c.changed_by, c.changed_at,
                               d.slug as deal_slug, d.title as deal_title,
                               (select rc.slug from regulatory_case rc where c.entity = 'CASE' and rc.id = c.entity_id) as case_slug,
                               (c.id <= st.read_up_to or exists (select 1 from inbox_read r
                                    where r.user_id = (select id from u) and r.change_id = c.id)) as read,
                               count(*) over () as total,
                               max(c.id) over (partition by d.id) as deal_newest
                        """ + FILTER.formatted(audience.deals("d")) + """
                        order by deal_newest desc, c.id desc
                        limit :limit""")
                .param("username", username).param("after", after).param("unread", unread).param("limit", limit)
                .query((rs, row) -> new Row(rs.getLong("id"), Rows.enumOf(rs, "entity", ChangeEntity.class),
                        rs.getLong("entity_id"), Rows.enumOf(rs, "action", ChangeAction.class), rs.getString("summary"),
                        rs.getString("changed_by"), Rows.timestamp(rs, "changed_at"), rs.getString("deal_slug"),
                        rs.getString("deal_title"), rs.getString("case_slug"), rs.getBoolean("read"), rs.getInt("total")))
                .list();
    }

    /** How many matching changes the user has not read. */
    int unread(String username, Audience audience) {
        return jdbc.sql(MATCHES + "select count(*) " + FILTER.formatted(audience.deals("d")))
                .param("username", username).param("after", 0L).param("unread", true)
                .query(Integer.class).single();
    }

    /** The newest matching change the user's audience may read, or 0: what "mark all read" marks up to. */
    long newest(String username, Audience audience) {
        return jdbc.sql(MATCHES + "select coalesce(max(c.id), 0) " + FILTER.formatted(audience.deals("d")))
                .param("username", username).param("after", 0L).param("unread", false)
                .query(Long.class).single();
    }
}
