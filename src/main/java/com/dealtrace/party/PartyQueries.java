package com.dealtrace.party;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.dealtrace.database.Rows;
import com.dealtrace.database.Where;
import com.dealtrace.security.Audience;
import com.dealtrace.web.Pick;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind the party pages; every method is one statement. */
@Repository
class PartyQueries {

    private final JdbcClient jdbc;

    PartyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record PartyRow(long id, PartyView view) {
    }

    Optional<PartyRow> party(String slug) {
        return jdbc.sql("""
                        select p.id, p.slug, p.name, p.kind, p.country, p.website, p.aliases, p.description,
                               p.position, o.slug as org_slug, o.name as org_name,
                               array(select m.slug from party m where m.organisation_id = p.id order by m.name, m.id) as people_slugs,
                               array(select m.name from party m where m.organisation_id = p.id order by m.name, m.id) as people_names,
                               array(select coalesce(m.position, '') from party m where m.organisation_id = p.id
                                     order by m.name, m.id) as people_positions
                        from party p left join party o on o.id = p.organisation_id
                        where p.slug = :slug
                        """)
                .param("slug", slug)
                .query((rs, row) -> new PartyRow(rs.getLong("id"), new PartyView(rs.getString("slug"),
                        rs.getString("name"), Rows.enumOf(rs, "kind", PartyKind.class), rs.getString("country"),
                        rs.getString("website"), Rows.strings(rs, "aliases"), rs.getString("description"),
                        rs.getString("position"),
                        rs.getString("org_slug") == null ? null
                                : new PartyRef(rs.getString("org_slug"), rs.getString("org_name")),
                        List.of(), people(rs), List.of())))
                .optional();
    }

    List<PartyView.PartyDeal> deals(long partyId, Audience audience) {
        return jdbc.sql("""
                        select d.slug, d.title, d.type, d.status, d.announced_on,
                               array_agg(dp.role order by dp.position, dp.id) as roles
                        from deal_participant dp join deal d on d.id = dp.deal_id
                        where dp.party_id = :party and %s
                        group by d.id
                        order by d.announced_on desc nulls last, d.id desc
                        """.formatted(audience.deals("d")))
                .param("party", partyId)
                .query((rs, row) -> new PartyView.PartyDeal(rs.getString("slug"), rs.getString("title"),
                        Rows.enumOf(rs, "type", DealType.class), Rows.enumOf(rs, "status", DealStatus.class),
                        Rows.date(rs, "announced_on"),
                        Rows.strings(rs, "roles").stream().map(ParticipantRole::valueOf).toList()))
                .list();
    }

    private static List<PartyView.Person> people(ResultSet rs) throws SQLException {
        var slugs = Rows.strings(rs, "people_slugs");
        var names = Rows.strings(rs, "people_names");
        var positions = Rows.strings(rs, "people_positions");
        List<PartyView.Person> people = new ArrayList<>();
        for (int i = 0; i < slugs.size(); i++) {
            people.add(new PartyView.Person(slugs.get(i), names.get(i), positions.get(i).isEmpty() ? null : positions.get(i)));
        }
        return people;
    }

    List<PartyView.PartyCase> cases(long partyId, Audience audience) {
        return jdbc.sql("""
                        select rc.slug, rc.title, r.name as regulator, rc.status, rc.outcome, d.slug as deal_slug,
                               d.title as deal_title
                        from regulatory_case rc
                        join party r on r.id = rc.regulator_id
                        join deal d on d.id = rc.deal_id
                        where %s
                          and (rc.regulator_id = :party
                               or exists (select 1 from deal_participant dp
                                          where dp.deal_id = rc.deal_id and dp.party_id = :party
                                            and dp.role <> 'CONTEXT'))
                        order by rc.opened_on desc nulls last, rc.id desc
                        """.formatted(audience.deals("d")))
                .param("party", partyId)
                .query((rs, row) -> new PartyView.PartyCase(rs.getString("slug"), rs.getString("title"),
                        rs.getString("regulator"), Rows.enumOf(rs, "status", CaseStatus.class),
                        Rows.enumOf(rs, "outcome", CaseOutcome.class), rs.getString("deal_slug"),
                        rs.getString("deal_title")))
                .list();
    }

    /**
     * Every party's part in every deal within two steps of the party: its own deals, and the other deals of the
     * parties it shares one with. One statement.
     */
    List<NetworkDrawing.Link> network(long partyId, Audience audience) {
        return jdbc.sql("""
                        with first as (select dp.deal_id from deal_participant dp join deal d on d.id = dp.deal_id
                                       where dp.party_id = :party and %1$s),
                             neighbours as (select distinct dp.party_id from deal_participant dp
                                            where dp.deal_id in (select deal_id from first)),
                             deals as (select dp.deal_id from deal_participant dp join deal d on d.id = dp.deal_id
                                       where dp.party_id in (select party_id from neighbours) and %1$s
                                       union select deal_id from first)
                        select dp.deal_id, d.type, d.slug as deal_slug, d.title as deal_title, p.slug, p.name, p.kind,
                               bool_and(dp.role = 'CONTEXT') as context, bool_or(dp.role = 'REGULATOR') as regulator
                        from deal_participant dp join deal d on d.id = dp.deal_id join party p on p.id = dp.party_id
                        where dp.deal_id in (select deal_id from deals)
                        group by dp.deal_id, d.type, d.slug, d.title, p.slug, p.name, p.kind
                        order by dp.deal_id, p.name
                        limit 2000
                        """.formatted(audience.deals("d")))
                .param("party", partyId)
                .query((rs, row) -> new NetworkDrawing.Link(rs.getLong("deal_id"), rs.getString("type"), rs.getString("slug"),
                        rs.getString("name"), Rows.enumOf(rs, "kind", PartyKind.class), rs.getBoolean("context"),
                        rs.getString("deal_slug"), rs.getString("deal_title"), rs.getBoolean("regulator")))
                .list();
    }

    /** The parties with these ids, by id. */
    Map<Long, PartyEntry> entries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, slug, name, kind from party where id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query(PartyEntry.class)
                .list().stream().collect(Collectors.toMap(PartyEntry::id, e -> e));
    }

    Optional<PartyEntry> entry(String slug) {
        return jdbc.sql("select id, slug, name, kind from party where slug = :slug")
                .param("slug", slug)
                .query(PartyEntry.class)
                .optional();
    }

    /**
     * Parties whose name or an alias matches the text, in part or in any word (trigram indexes), the best first;
     * {@code kinds} limits them to those kinds where it is not empty.
     */
    List<Pick> pick(String text, List<String> kinds) {
        return jdbc.sql("""
                        select p.slug, p.name, p.kind, p.country,
                               (select a from unnest(p.aliases) a where a ilike :like or :text <% a
                                order by word_similarity(:text, a) desc limit 1) as alias
                        from party p
                        where :text <> ''
                          and (p.name ilike :like or party_aliases_text(p.aliases) ilike :like
                               or p.name ilike all(cast(:words as text[]))
                               or :text <% p.name or :text <% party_aliases_text(p.aliases))
                          and (cardinality(cast(:kinds as text[])) = 0 or p.kind = any(cast(:kinds as text[])))
                        order by greatest(word_similarity(:text, p.name),
                                          word_similarity(:text, party_aliases_text(p.aliases))) desc, p.name, p.id
                        limit :limit
                        """)
                .param("text", text)
                .param("like", Pick.contains(text))
                .param("words", Pick.containsEach(text))
                .param("kinds", kinds.toArray(String[]::new))
                .param("limit", Pick.LIMIT)
                .query((rs, row) -> new Pick(rs.getString("slug"), rs.getString("name"),
                        (rs.getString("alias") == null ? "" : "“" + rs.getString("alias") + "” · ")
                                + rs.getString("kind").toLowerCase().replace('_', ' ')
                                + (rs.getString("country") == null ? "" : " · " + rs.getString("country")),
                        false))
                .list();
    }

    /**
     * Parties that may be the one named: a similar name (trigram similarity), or a name that is the other's alias.
     * At most five, the closest first.
     */
    List<Pick> similar(String name, List<String> aliases) {
        return jdbc.sql("""
                        select p.slug, p.name, p.kind, p.country from party p
                        where similarity(p.name, :name) >= 0.5
                           or lower(:name) = any(select lower(a) from unnest(p.aliases) a)
                           or lower(p.name) = any(cast(:aliases as text[]))
                        order by similarity(p.name, :name) desc, p.name
                        limit 5
                        """)
                .param("name", name)
                .param("aliases", aliases.stream().map(a -> a.toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new))
                .query((rs, row) -> new Pick(rs.getString("slug"), rs.getString("name"),
                        rs.getString("kind").toLowerCase().replace('_', ' ')
                                + (rs.getString("country") == null ? "" : " · " + rs.getString("country")),
                        false))
                .list();
    }

    /**
     * One page of parties by kind and name (read off party_list_idx, V13), those whose name or an alias contains the
     * text where it is given; one row more than a page is read to tell whether another page follows.
     */
    List<PartyListItem> list(Audience audience, String text, int page) {
        return list(audience, text, page, null, false);
    }

    /**
     * Up to a page and one more of the party list (by kind, name, id: party_list_idx): those after the party whose
     * slug is {@code cursor} (keyset paging, any depth costs one page), or just before it read backwards
     * ({@code backwards}: Previous, still returned in the index's reading order, last first), else the
     * {@code page}-th page.
     */
    List<PartyListItem> list(Audience audience, String text, int page, String cursor, boolean backwards) {
        var where = Where.of()
                .andIf(text != null && !text.isBlank(), "p.names ilike :like",
                        "like", text == null ? null : Rows.likeContaining(text.strip()))
                .andIf(cursor != null, "(p.kind, p.name, p.id) %s (select a.kind, a.name, a.id from party a where a.slug = :cursor)"
                        .formatted(backwards ? "<" : ">"), "cursor", cursor)
                .bind("limit", PartyListView.PAGE_SIZE + 1)
                .bind("offset", cursor != null ? 0L : (long) (page - 1) * PartyListView.PAGE_SIZE);
        String order = backwards ? "p.kind desc, p.name desc, p.id desc" : "p.kind, p.name, p.id";
        return jdbc.sql("""
                        select p.slug, p.name, p.kind, p.country, o.name as organisation,
                               (select count(distinct dp.deal_id) from deal_participant dp join deal d on d.id = dp.deal_id
                                where dp.party_id = p.id and %s) as deals
                        from (select p.id from party p %s order by %s limit :limit offset :offset) l
                        join party p on p.id = l.id
                        left join party o on o.id = p.organisation_id
                        order by %s
                        """.formatted(audience.deals("d"), where, order, order))
                .params(where.params())
                .query(new DataClassRowMapper<>(PartyListItem.class))
                .list();
    }
}
