package com.dealtrace.deal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.dealtrace.change.AsOf;
import com.dealtrace.database.KeysetPage;
import com.dealtrace.database.Rows;
import com.dealtrace.database.Where;
import com.dealtrace.party.CaseOutcome;
import com.dealtrace.party.CaseStatus;
import com.dealtrace.party.DealStatus;
import com.dealtrace.party.DealType;
import com.dealtrace.party.ParticipantRole;
import com.dealtrace.party.PartyKind;
import com.dealtrace.security.Audience;
import com.dealtrace.web.Pick;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind the deal pages; every method is one statement. */
@Repository
class DealQueries {

    /** The newest confirmed assessment of each deal, joined where a page shows the deal's grade. */
    static final String LATEST_ASSESSMENT = """
            left join lateral (
                select ca.score, ca.grade from confidence_assessment ca
                where ca.deal_id = d.id and ca.status = 'CONFIRMED'
                order by ca.assessed_at desc, ca.id desc
                limit 1) a on true
            """;

    private static final String HEADER_COLUMNS = """
            d.id, d.slug, d.title, d.type, d.status, d.announced_on, d.amount, d.currency, d.amount_note,
            d.visibility, d.state, a.score
            """;

    /**
     * The key facts strip, added to a header's select list (after {@link #HEADER_COLUMNS}) with {@link #FACT_JOINS}
     * and {@code :member} bound: index-served lookups in the header's own statement, not statements of their own.
     */
    private static final String FACT_COLUMNS = """
            , (select count(*) from event e where e.deal_id = d.id and e.deleted_at is null) as fact_events,
            (select count(*) from event e where e.deal_id = d.id and e.deleted_at is null
                and exists (select 1 from citation c where c.event_id = e.id)) as fact_sourced,
            (select e.id from event e where e.deal_id = d.id and e.deleted_at is null
                and not exists (select 1 from citation c where c.event_id = e.id)
                order by e.occurred_on, e.id limit 1) as fact_first_unsourced,
            le.id as fact_event_id, le.title as fact_event_title, le.occurred_on as fact_event_on,
            le.date_precision as fact_event_precision,
            lc.slug as fact_case_slug, lc.regulator as fact_case_regulator, lc.status as fact_case_status,
            lc.outcome as fact_case_outcome, lc.opened_on as fact_case_opened_on, lc.decided_on as fact_case_decided_on,
            ga.assessed_at as fact_graded_at, ga.rationale as fact_rationale
            """;

    private static final String FACT_JOINS = """
            left join lateral (
                select e.id, e.title, e.occurred_on, e.date_precision from event e
                where e.deal_id = d.id and e.deleted_at is null
                order by e.occurred_on desc, e.id desc
                limit 1) le on true
            left join lateral (
                select rc.slug, p.name as regulator, rc.status, rc.outcome, rc.opened_on, rc.decided_on
                from regulatory_case rc join party p on p.id = rc.regulator_id
                where rc.deal_id = d.id
                order by coalesce(rc.decided_on, rc.opened_on) desc nulls last, rc.id desc
                limit 1) lc on true
            left join lateral (
                select ca.assessed_at, case when :member then ca.rationale end as rationale
                from confidence_assessment ca
                where ca.deal_id = d.id and ca.status = 'CONFIRMED'
                order by ca.assessed_at desc, ca.id desc
                limit 1) ga on true
            """;

    private final JdbcClient jdbc;

    DealQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DealHeader> header(String slug, Audience audience) {
        return jdbc.sql("select " + HEADER_COLUMNS + " from deal d " + LATEST_ASSESSMENT
                        + " where d.slug = :slug and " + audience.deals("d"))
                .param("slug", slug)
                .query((rs, row) -> header(rs))
                .optional();
    }

    /** The header with the key facts strip, in one statement. */
    Optional<DealHeader> headerWithFacts(String slug, Audience audience) {
        return jdbc.sql("select " + HEADER_COLUMNS + FACT_COLUMNS + " from deal d " + LATEST_ASSESSMENT + FACT_JOINS
                        + " where d.slug = :slug and " + audience.deals("d"))
                .param("slug", slug)
                .param("member", audience.isMember())
                .query((rs, row) -> headerWithFacts(rs))
                .optional();
    }

    /**
     * The header with the key facts strip as the deal stood on a day ({@link AsOf}), if the audience may read it
     * today and could then, in one statement.
     */
    Optional<DealHeader> headerWithFacts(String slug, Audience audience, AsOf asOf) {
        return jdbc.sql(AsOf.sqlFor("x.slug = :slug and " + audience.deals("x"), "select " + HEADER_COLUMNS
                        + FACT_COLUMNS + " from deal d " + LATEST_ASSESSMENT + FACT_JOINS
                        + " where d.id = (select id from as_of_deal) and " + audience.deals("d")))
                .param("slug", slug)
                .param("member", audience.isMember())
                .param("asOfEnd", asOf.end())
                .query((rs, row) -> headerWithFacts(rs))
                .optional();
    }

    Optional<DealHeader> header(long id, Audience audience) {
        return jdbc.sql("select " + HEADER_COLUMNS + " from deal d " + LATEST_ASSESSMENT
                        + " where d.id = :id and " + audience.deals("d"))
                .param("id", id)
                .query((rs, row) -> header(rs))
                .optional();
    }

    /** The deal's own row on the brief; the service adds participants, translations and cases. */
    record BriefRow(DealHeader header, String summary, String language, DealBrief.Briefing briefing, int events,
            int sources, List<Translation> translations, List<WatchLine> watch) {
    }

    Optional<BriefRow> brief(String slug, Audience audience) {
        return brief(slug, audience, null);
    }

    /**
     * The brief's row, as the deal stood on a day when {@code asOf} is not null: then only if the audience may read
     * the deal today and could then.
     */
    Optional<BriefRow> brief(String slug, Audience audience, AsOf asOf) {
        var condition = asOf == null ? "d.slug = :slug" : "d.id = (select id from as_of_deal)";
        var sql = """
                        select %s %s, d.summary, d.language, d.signal_type, d.region, d.market_class, d.category,
                               d.primary_domain, d.topic, d.impact, d.operational_relevance, d.time_horizon,
                               d.operating_surface, d.watch_items,
                               (select count(*) from event e where e.deal_id = d.id and e.deleted_at is null) as events,
                               (select count(distinct c.source_id) from citation c where c.deal_id = d.id) as sources,
                               array(select t.language from deal_translation t where t.deal_id = d.id order by t.language)
                                   as translation_languages,
                               array(select t.title from deal_translation t where t.deal_id = d.id order by t.language)
                                   as translation_titles,
                               array(select t.summary from deal_translation t where t.deal_id = d.id order by t.language)
                                   as translation_summaries,
                               w.ids as watch_ids, w.texts as watch_texts, w.states as watch_states,
                               w.event_ids as watch_event_ids, w.event_titles as watch_event_titles
                        from deal d %s %s
                        left join lateral (
                            select array_agg(wi.id::text order by wi.state = 'DROPPED', wi.position, wi.id) as ids,
                                   array_agg(wi.text order by wi.state = 'DROPPED', wi.position, wi.id) as texts,
                                   array_agg(wi.state order by wi.state = 'DROPPED', wi.position, wi.id) as states,
                                   array_agg(we.id::text order by wi.state = 'DROPPED', wi.position, wi.id) as event_ids,
                                   array_agg(we.title order by wi.state = 'DROPPED', wi.position, wi.id) as event_titles
                            from watch_item wi left join event we on we.id = wi.resolved_by_event_id
                            where wi.deal_id = d.id) w on true
                        where %s and %s
                        """.formatted(HEADER_COLUMNS, FACT_COLUMNS, LATEST_ASSESSMENT, FACT_JOINS, condition,
                                audience.deals("d"));
        return jdbc.sql(asOf == null ? sql : AsOf.sqlFor("x.slug = :slug and " + audience.deals("x"), sql))
                .param("slug", slug)
                .params(asOf == null ? java.util.Map.of() : java.util.Map.of("asOfEnd", asOf.end()))
                .param("member", audience.isMember())
                .query((rs, row) -> new BriefRow(headerWithFacts(rs), rs.getString("summary"), rs.getString("language"),
                        new DealBrief.Briefing(rs.getString("signal_type"), rs.getString("region"),
                                rs.getString("market_class"), rs.getString("category"),
                                rs.getString("primary_domain"), rs.getString("topic"),
                                Rows.enumOf(rs, "impact", Level.class),
                                Rows.enumOf(rs, "operational_relevance", Level.class),
                                Rows.enumOf(rs, "time_horizon", TimeHorizon.class),
                                Rows.strings(rs, "operating_surface"), Rows.strings(rs, "watch_items")),
                        rs.getInt("events"), rs.getInt("sources"), translations(rs), watch(rs)))
                .optional();
    }

    List<Participant> participants(long dealId, AsOf asOf) {
        Map<String, Participant> bySlug = new LinkedHashMap<>();
        jdbc.sql(AsOf.sql(asOf, """
                        select p.slug, p.name, p.kind, p.country, dp.role, dp.note
                        from deal_participant dp join party p on p.id = dp.party_id
                        where dp.deal_id = :deal
                        order by dp.position, dp.id
                        """))
                .param("deal", dealId)
                .params(AsOf.params(asOf, dealId))
                .query((RowCallbackHandler) rs -> {
                    var role = Rows.enumOf(rs, "role", ParticipantRole.class);
                    var participant = bySlug.get(rs.getString("slug"));
                    if (participant == null) {
                        participant = new Participant(rs.getString("slug"), rs.getString("name"),
                                Rows.enumOf(rs, "kind", PartyKind.class), rs.getString("country"), new ArrayList<>(),
                                new ArrayList<>());
                        bySlug.put(participant.slug(), participant);
                    }
                    participant.roles().add(role);
                    if (rs.getString("note") != null) {
                        participant.notes().add(new Participant.RoleNote(role, rs.getString("note")));
                    }
                });
        return bySlug.values().stream()
                .map(p -> new Participant(p.slug(), p.name(), p.kind(), p.country(), List.copyOf(p.roles()),
                        List.copyOf(p.notes())))
                .toList();
    }

    /** The deal's watch items in the order of its lines (dropped ones last), resolved ones with their event. */
    private static List<WatchLine> watch(ResultSet rs) throws SQLException {
        var ids = Rows.strings(rs, "watch_ids");
        var texts = Rows.strings(rs, "watch_texts");
        var states = Rows.strings(rs, "watch_states");
        var eventIds = withNulls(rs, "watch_event_ids");
        var eventTitles = withNulls(rs, "watch_event_titles");
        List<WatchLine> lines = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            lines.add(new WatchLine(Long.parseLong(ids.get(i)), texts.get(i), WatchState.valueOf(states.get(i)),
                    eventIds.get(i) == null ? null : Long.valueOf(eventIds.get(i)), eventTitles.get(i)));
        }
        return lines;
    }

    /** A text array whose elements may be null (an open item has no event). */
    private static List<String> withNulls(ResultSet rs, String column) throws SQLException {
        var array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        try {
            return java.util.Arrays.asList((String[]) array.getArray());
        }
        finally {
            array.free();
        }
    }

    private static List<Translation> translations(ResultSet rs) throws SQLException {
        var languages = Rows.strings(rs, "translation_languages");
        var titles = Rows.strings(rs, "translation_titles");
        var summaries = Rows.strings(rs, "translation_summaries");
        List<Translation> translations = new ArrayList<>();
        for (int i = 0; i < languages.size(); i++) {
            translations.add(new Translation(languages.get(i), titles.get(i), summaries.get(i)));
        }
        return translations;
    }

    List<DealBrief.CaseLine> cases(long dealId, AsOf asOf) {
        return jdbc.sql(AsOf.sql(asOf, """
                        select rc.slug, rc.title, p.name as regulator, rc.status, rc.outcome
                        from regulatory_case rc join party p on p.id = rc.regulator_id
                        where rc.deal_id = :deal
                        order by rc.opened_on nulls last, rc.id
                        """))
                .param("deal", dealId)
                .params(AsOf.params(asOf, dealId))
                .query((rs, row) -> new DealBrief.CaseLine(rs.getString("slug"), rs.getString("title"),
                        rs.getString("regulator"), Rows.enumOf(rs, "status", CaseStatus.class),
                        Rows.enumOf(rs, "outcome", CaseOutcome.class)))
                .list();
    }

    /** At most this many deals are counted (from the list's start, whatever the page); the list then says "1,000+". */
    static final int COUNT_BOUND = 1_000;

    /**
     * A page of deals, how many match (at least, when {@code more}), the titles translated into the reader's
     * language by deal slug, and whether more deals follow in the direction the page was read ({@code further}).
     */
    record Page(KeysetPage<DealSummary> keyset, long total, boolean more, Map<String, Translation> translations) {

        List<DealSummary> deals() {
            return keyset.rows();
        }
    }

    Page list(DealFilter filter, Audience audience, String language) {
        return list(filter, audience, DealFilter.PAGE_SIZE, language);
    }

    /**
     * The deals that match in the filter's order, {@code limit} of them: after the filter's cursor deal, before it
     * (read the other way round, then turned back), or from the filter's page number on; with how many match
     * (counted up to {@link #COUNT_BOUND} from the list's start, whatever the page: {@link Page#more()} says when more
     * match),
     * whether another deal follows in the reading direction ({@link KeysetPage#further()}), and each deal's title in
     * {@code language} where it has a translation into it, in one statement. The page's ids are read first, off the
     * sort's index (after a cursor: from where the cursor deal stands in it, so any page costs what the first does),
     * and only those rows get their parties and translation.
     */
    Page list(DealFilter filter, Audience audience, int limit, String language) {
        String q = hasText(filter.q()) ? filter.q().strip() : null;
        String party = hasText(filter.party()) ? filter.party().strip() : null;
        String region = hasText(filter.region()) ? filter.region().strip() : null;
        // one or two letters: whole words ("US", "EU"), through the indexes of the words
        boolean regionWords = Rows.wholeWordsOnly(region);
        String cursor = hasText(filter.after()) ? filter.after().strip() : hasText(filter.before()) ? filter.before().strip() : null;
        // a page before the cursor is the page after it in the other direction, turned back
        boolean backwards = cursor != null && !hasText(filter.after());
        long offset = cursor != null ? 0 : (long) (filter.pageNumber() - 1) * limit;
        var where = Where.of(audience.deals("d"))
                .and("d.type = :type", "type", filter.type())
                .and("d.status = :status", "status", filter.status())
                .andIf(party != null, """
                        d.id in (select fp.deal_id from deal_participant fp join party fpp on fpp.id = fp.party_id
                                 where fpp.slug = :party or fpp.names ilike :partyName)""",
                        "party", party, "partyName", party == null ? null : Rows.likeContaining(party))
                .andIf(region != null && !regionWords, "d.region ilike :region",
                        "region", region == null ? null : Rows.likeContaining(region))
                .andIf(regionWords, "to_tsvector('simple', coalesce(d.region, '')) @@ plainto_tsquery('simple', :regionWord)",
                        "regionWord", region)
                .and("d.grade = :grade", "grade", filter.grade() == null ? null : filter.grade().code())
                .and("d.announced_on >= :from", "from", filter.from())
                .and("d.announced_on <= :to", "to", filter.to())
                .bind("limit", limit + 1)
                .bind("language", language == null ? "" : language)
                .bind("offset", offset)
                // counted from the list's start on every page, as on the first: a deep page costs no second pass
                .bind("bound", COUNT_BOUND + 1)
                .bind("reach", offset + limit + 1);
        // the words match a deal's title or one of its parties' names (trigram indexes), each way a branch of its
        // own, planned for how many deals it matches: a word in most deals reads the sort's index until a page has
        // matched, a word in a few reads those few; one statement choosing for both read every match first
        // (450 ms for "bench" at ten times the benchmark)
        // (one or two letters: a whole word of the title or a party's names, through the indexes of their words)
        boolean wholeWords = Rows.wholeWordsOnly(q);
        List<String> matches = q == null ? List.of("true") : wholeWords
                ? List.of("to_tsvector('simple', d.title) @@ plainto_tsquery('simple', :q)", """
                        d.id in (select qp.deal_id from deal_participant qp join party qpp on qpp.id = qp.party_id
                                 where to_tsvector('simple', qpp.names) @@ plainto_tsquery('simple', :q))""")
                : List.of("d.title ilike :q", """
                        d.id in (select qp.deal_id from deal_participant qp join party qpp on qpp.id = qp.party_id
                                 where qpp.names ilike :q)""");
        if (q != null) {
            where.bind("q", wholeWords ? q : Rows.likeContaining(q));
        }
        DealSort sort = filter.sortOrDefault();
        boolean reverse = filter.reversed() != backwards;
        String order = sort.orderBy(reverse);
        if (cursor != null) {
            where.bind("after", cursor);
        }
        // each branch an index range that stops after a page (after the cursor: one range for each of the cursor's
        // conditions); the few rows they give are put in order again
        List<String> ranges = cursor == null ? List.of("true") : sort.after(reverse);
        List<String> branches = matches.stream()
                .flatMap(match -> ranges.stream().map(range -> "%s and %s and %s".formatted(where, match, range)))
                .toList();
        String page = cursor == null ? "limit :limit offset :offset" : "limit :limit";
        String ids = branches.size() == 1
                ? "select d.id from deal d %s order by %s %s".formatted(branches.get(0), order, page)
                : "select u.id from (%s) u order by %s %s".formatted(branches.stream()
                        .map(branch -> "(select d.id, d.%s from deal d %s order by %s limit :reach)"
                                .formatted(sort.key(), branch, order))
                        .collect(java.util.stream.Collectors.joining(" union ")), sort.orderBy(reverse, "u"), page);
        // counted up to the bound in each branch, the deals two branches share once
        String counted = matches.stream()
                .map(match -> "(select d.id from deal d %s and %s limit :bound)".formatted(where, match))
                .collect(java.util.stream.Collectors.joining(" union "));

        long[] total = {0};
        Map<String, Translation> translations = new LinkedHashMap<>();
        var summaries = new DataClassRowMapper<>(DealSummary.class);
        List<DealSummary> read = jdbc.sql("""
                        select d.slug, d.title, d.type, d.status, d.announced_on, d.region, d.amount, d.currency,
                               d.visibility, d.state, d.grade_score as score, d.source_count as sources,
                               d.event_count as events, d.latest_event_on, d.case_status,
                               (select string_agg(x.name, ', ' order by x.position) from (
                                    select pp.name, min(pd.position) as position
                                    from deal_participant pd join party pp on pp.id = pd.party_id
                                    where pd.deal_id = d.id and pd.role not in ('CONTEXT', 'REGULATOR')
                                    group by pp.name) x) as parties,
                               (select t.title from deal_translation t
                                where t.deal_id = d.id and t.language = :language and t.language <> d.language)
                                   as translated_title,
                               (select least(count(*), :bound) from (%1$s) n) as total
                        from (%2$s) p
                        join deal d on d.id = p.id
                        order by %3$s
                        """.formatted(counted, ids, order))
                .params(where.params())
                .query((rs, row) -> {
                    total[0] = rs.getLong("total");
                    if (rs.getString("translated_title") != null) {
                        translations.put(rs.getString("slug"), new Translation(language, rs.getString("translated_title"), null));
                    }
                    return summaries.mapRow(rs, row);
                })
                .list();
        if (read.size() > limit) {
            translations.remove(read.get(limit).slug());
        }
        return new Page(KeysetPage.of(read, limit, backwards), total[0], total[0] > COUNT_BOUND, translations);
    }

    /** Deals (not deleted) whose title or slug matches the text, in part or in any word, the best first. */
    List<Pick> pick(String text) {
        return jdbc.sql("""
                        select d.slug, d.title, d.type, d.announced_on, d.state from deal d
                        where d.deleted_at is null and :text <> ''
                          and (d.title ilike :like or d.slug ilike :like or d.title ilike all(cast(:words as text[]))
                               or :text <% d.title)
                        order by word_similarity(:text, d.title) desc, d.title, d.id
                        limit :limit
                        """)
                .param("text", text)
                .param("like", Pick.contains(text))
                .param("words", Pick.containsEach(text))
                .param("limit", Pick.LIMIT)
                .query((rs, row) -> new Pick(rs.getString("slug"), rs.getString("title"),
                        rs.getString("type").toLowerCase().replace('_', ' ')
                                + (rs.getDate("announced_on") == null ? "" : " · " + rs.getDate("announced_on"))
                                + ("DRAFT".equals(rs.getString("state")) ? " · draft" : ""),
                        false))
                .list();
    }

    /**
     * Deals (not deleted) that may be the one described: a similar title (trigram similarity), or the same parties
     * (regulators and context left aside) announced in the same month. At most five, the closest first.
     */
    List<Pick> similar(String title, List<String> partySlugs, java.time.LocalDate announcedOn) {
        // two index-friendly halves (title trigrams, the announcement date) rather than one OR over every deal
        var from = announcedOn == null || partySlugs.isEmpty() ? java.time.LocalDate.EPOCH : announcedOn.withDayOfMonth(1);
        var to = announcedOn == null || partySlugs.isEmpty() ? java.time.LocalDate.EPOCH : from.plusMonths(1);
        return jdbc.sql("""
                        with hits as (
                            select d.id from deal d where d.title % :title and similarity(d.title, :title) >= 0.5
                            union
                            select d.id from deal d
                            where d.announced_on >= cast(:from as date) and d.announced_on < cast(:to as date)
                              and (select array_agg(distinct p.slug order by p.slug) from deal_participant dp
                                   join party p on p.id = dp.party_id
                                   where dp.deal_id = d.id and dp.role not in ('REGULATOR', 'CONTEXT'))
                                  = cast(:parties as text[]))
                        select d.slug, d.title, d.type, d.announced_on, d.state from deal d join hits h on h.id = d.id
                        where d.deleted_at is null
                        order by similarity(d.title, :title) desc, d.title, d.id
                        limit 5
                        """)
                .param("title", title)
                .param("parties", partySlugs.stream().distinct().sorted().toArray(String[]::new))
                .param("from", from.toString())
                .param("to", to.toString())
                .query((rs, row) -> new Pick(rs.getString("slug"), rs.getString("title"),
                        rs.getString("type").toLowerCase().replace('_', ' ')
                                + (rs.getDate("announced_on") == null ? "" : " · " + rs.getDate("announced_on"))
                                + ("DRAFT".equals(rs.getString("state")) ? " · draft" : ""),
                        false))
                .list();
    }

    /** The deal with this slug as a picker names it, drafts included, deleted deals not. */
    Optional<DealRef> ref(String slug) {
        return jdbc.sql("select id, slug, title from deal where slug = :slug and deleted_at is null")
                .param("slug", slug)
                .query((rs, row) -> new DealRef(rs.getLong("id"), rs.getString("slug"), rs.getString("title")))
                .optional();
    }

    List<DealRef> refs(Audience audience) {
        return jdbc.sql("select d.id, d.slug, d.title from deal d where " + audience.deals("d") + " order by d.title")
                .query((rs, row) -> new DealRef(rs.getLong("id"), rs.getString("slug"), rs.getString("title")))
                .list();
    }


    private static DealHeader header(ResultSet rs) throws SQLException {
        return new DealHeader(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                Rows.enumOf(rs, "type", DealType.class), Rows.enumOf(rs, "status", DealStatus.class),
                Rows.date(rs, "announced_on"), rs.getBigDecimal("amount"), rs.getString("currency"),
                rs.getString("amount_note"), Rows.enumOf(rs, "visibility", Visibility.class),
                Rows.enumOf(rs, "state", PublicationState.class), rs.getBigDecimal("score"));
    }

    private static DealHeader headerWithFacts(ResultSet rs) throws SQLException {
        DealHeader h = header(rs);
        long eventId = rs.getLong("fact_event_id");
        var latestEvent = rs.wasNull() ? null : new KeyFacts.LatestEvent(eventId, rs.getString("fact_event_title"),
                Rows.date(rs, "fact_event_on"), rs.getString("fact_event_precision"));
        String caseSlug = rs.getString("fact_case_slug");
        var latestCase = caseSlug == null ? null : new KeyFacts.LatestCase(caseSlug, rs.getString("fact_case_regulator"),
                Rows.enumOf(rs, "fact_case_status", CaseStatus.class), Rows.enumOf(rs, "fact_case_outcome", CaseOutcome.class),
                Rows.date(rs, "fact_case_opened_on"), Rows.date(rs, "fact_case_decided_on"));
        long unsourced = rs.getLong("fact_first_unsourced");
        Long firstUnsourced = rs.wasNull() ? null : unsourced;
        var facts = new KeyFacts(rs.getInt("fact_events"), rs.getInt("fact_sourced"), firstUnsourced, latestEvent, latestCase,
                rs.getObject("fact_graded_at", OffsetDateTime.class), rs.getString("fact_rationale"));
        return new DealHeader(h.id(), h.slug(), h.title(), h.type(), h.status(), h.announcedOn(), h.amount(),
                h.currency(), h.amountNote(), h.visibility(), h.state(), h.score(), facts);
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
