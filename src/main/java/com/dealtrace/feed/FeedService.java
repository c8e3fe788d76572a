package com.dealtrace.feed;

import java.util.List;

import com.dealtrace.database.Rows;
import com.dealtrace.deal.DealService;
import com.dealtrace.event.EventKind;
import com.dealtrace.party.PartyService;
import com.dealtrace.security.Audience;
import com.dealtrace.web.DatePrecision;
import com.dealtrace.web.PartialDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newest and most recently changed events for the Atom feeds: of every public deal, of one deal, or of one
 * party (the deals it is in, and the milestones of the cases it decides as a regulator). Feeds are read without
 * signing in, so they carry public published deals only.
 */
@Service
@Transactional(readOnly = true)
public class FeedService {

    static final int ENTRIES = 50;

    private final JdbcClient jdbc;
    private final DealService deals;
    private final PartyService parties;

    FeedService(JdbcClient jdbc, DealService deals, PartyService parties) {
        this.jdbc = jdbc;
        this.deals = deals;
        this.parties = parties;
    }

    /** A feed's title and entries. */
    record Feed(String title, List<FeedEntry> entries) {
    }

    Feed all() {
        return new Feed("Dealtrace: new and changed events", entries("true", null));
    }

    Feed deal(String slug) {
        var deal = deals.header(slug, Audience.PUBLIC);
        return new Feed("Dealtrace: " + deal.title(), entries("d.id = :key", deal.id()));
    }

    Feed party(String slug) {
        var party = parties.entry(slug);
        long id = party.id();
        return new Feed("Dealtrace: " + party.name(), entries("""
                (d.id in (select dp.deal_id from deal_participant dp where dp.party_id = :key)
                 or e.regulatory_case_id in (select rc.id from regulatory_case rc where rc.regulator_id = :key))""", id));
    }

    private List<FeedEntry> entries(String condition, Long key) {
        var sql = jdbc.sql("""
                        select e.id, e.occurred_on, e.date_precision, e.kind, e.title, e.description, d.slug, d.title as deal_title,
                               e.created_at, e.updated_at,
                               (select count(*) from citation c where c.event_id = e.id) as sources
                        from event e join deal d on d.id = e.deal_id
                        where e.deleted_at is null and %s and %s
                        order by e.updated_at desc, e.id desc
                        limit :limit
                        """.formatted(Audience.PUBLIC.deals("d"), condition))
                .param("limit", ENTRIES);
        if (key != null) {
            sql = sql.param("key", key);
        }
        return sql.query((rs, row) -> new FeedEntry(rs.getLong("id"),
                        new PartialDate(Rows.date(rs, "occurred_on"), Rows.enumOf(rs, "date_precision", DatePrecision.class)),
                        Rows.enumOf(rs, "kind", EventKind.class), rs.getString("title"), rs.getString("description"),
                        rs.getString("slug"), rs.getString("deal_title"), Rows.timestamp(rs, "created_at"),
                        Rows.timestamp(rs, "updated_at"), rs.getInt("sources")))
                .list();
    }
}
