package com.dealtrace.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.dealtrace.database.Rows;
import com.dealtrace.database.Where;
import com.dealtrace.party.CaseStatus;
import com.dealtrace.party.DealType;
import com.dealtrace.party.PartyKind;
import com.dealtrace.security.Audience;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches deals, parties, sources, events and regulatory cases in one statement: PostgreSQL full-text search
 * (English, Spanish for deal translations, "simple" for names) ranked by ts_rank, plus trigram matches on names and
 * titles for partial words; a party is found by its aliases as by its name. Matched words come back marked with two private-use characters, never with HTML.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

    static final int PER_KIND = 5;
    static final int PAGE_SIZE = 20;
    private static final char START = '\uE000';
    private static final char STOP = '\uE001';
    private static final String HEADLINE = "'StartSel=' || chr(57344) || ', StopSel=' || chr(57345) "
            + "|| ', MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=\" … \"'";
    private static final String TITLE = "'StartSel=' || chr(57344) || ', StopSel=' || chr(57345) || ', HighlightAll=true'";

    /** At most this many matches of a kind are ranked and counted; a broader word shows "1,000+". */
    static final int BOUND = 1_000;

    /**
     * One kind's search: the table(s) searched under their alias, the rank, the columns shown, and what matches
     * (the full-text part always; the trigram part for words of {@link Rows#PARTIAL_MIN} letters or more), as conditions
     * on the row or ({@code idSubqueries}, for deals) as subqueries of ids that each stop at the bound, the reader's
     * visibility rule put in for {@code %1$s} on their alias {@code x}.
     */
    private record Kind(String from, String alias, String rank, String columns, boolean ofDeals, String words,
            String partial, boolean idSubqueries) {

        String sql(SearchKind kind, Audience reader, boolean partialWords) {
            var where = ofDeals ? Where.of(reader.deals("d")) : Where.of();
            if (kind == SearchKind.EVENT) {
                where.and("e.deleted_at is null");
            }
            if (idSubqueries) {
                // matches given as id lists, each stopping at the bound and planned with the words themselves (not
                // the shared q, unknown when planned): an OR of a full-text match and a subquery (a translation, a
                // part of a title) made the planner read every deal, waiting for matches that never came
                // (each keeps only deals the reader may see, so that hidden ones never take the places of the bound,
                // checked on the matches: "offset 0" keeps the planner from reading the visible deals instead)
                String visible = reader.deals("x");
                where.and(alias + ".id in (" + (partialWords ? words.formatted(visible) + " union all "
                        + partial.formatted(visible) : words.formatted(visible)) + ")");
            }
            else {
                where.and(partialWords ? words + " or " + partial : words);
            }
            // the first matches found (at most BOUND + 1) are ranked and counted; only the page shown is drawn
            return """
                    select '%1$s' as kind, %2$s, h.rank, h.total
                    from (select m.id, m.rank, count(*) over () as total
                          from (select %3$s.id, %4$s as rank from %5$s, q %6$s limit :bound) m
                          order by m.rank desc, m.id limit :limit offset :offset) h
                    join %5$s on %3$s.id = h.id, q
                    order by h.rank desc, h.id
                    """.formatted(kind.name(), columns.formatted(HEADLINE, TITLE), alias, rank, from, where);
        }
    }

    private static final Map<SearchKind, Kind> KINDS = new EnumMap<>(Map.of(
            SearchKind.DEAL, new Kind("deal d", "d", "ts_rank(d.search, q.en) + similarity(d.title, :raw)", """
                    '/deals/' || d.slug as href, ts_headline('english', d.title, q.en, %2$s) as title,
                    ts_headline('english', d.summary, q.en, %1$s) as snippet, d.type as detail""", true,
                    """
                    (select x.id from (select * from deal where search @@ websearch_to_tsquery('english', :q) offset 0) x
                     where %1$s limit :bound)
                    union all (select x.id from (select d.* from deal_translation t join deal d on d.id = t.deal_id
                                                 where t.search @@ websearch_to_tsquery('spanish', :q) offset 0) x
                               where %1$s limit :bound)""",
                    "(select x.id from (select * from deal where title ilike :like offset 0) x where %1$s limit :bound)", true),
            SearchKind.PARTY, new Kind("party p", "p",
                    "ts_rank(p.search, q.si) + ts_rank(p.search, q.en) + greatest(similarity(p.name, :raw), word_similarity(:raw, p.names))",
                    """
                    '/parties/' || p.slug, ts_headline('simple', p.name, q.si, %2$s),
                    ts_headline('english', coalesce(p.description, ''), q.en, %1$s), p.kind""", false,
                    "p.search @@ websearch_to_tsquery('simple', :q) or p.search @@ websearch_to_tsquery('english', :q)", "p.names ilike :like", false),
            SearchKind.SOURCE, new Kind("source s", "s",
                    "ts_rank(s.search, q.en) + ts_rank(s.search, q.si) + similarity(s.title, :raw)", """
                    '/sources/' || s.id, ts_headline('english', s.title, q.en, %2$s),
                    ts_headline('english', s.summary, q.en, %1$s), s.publisher_name""", false,
                    "s.search @@ websearch_to_tsquery('english', :q) or s.search @@ websearch_to_tsquery('simple', :q)", "s.title ilike :like or s.publisher_name ilike :like", false),
            SearchKind.EVENT, new Kind("event e join deal d on d.id = e.deal_id", "e",
                    "ts_rank(e.search, q.en) + similarity(e.title, :raw)", """
                    '/deals/' || d.slug || '/timeline#event-' || e.id, ts_headline('english', e.title, q.en, %2$s),
                    ts_headline('english', e.description, q.en, %1$s), d.title""", true,
                    "e.search @@ websearch_to_tsquery('english', :q)", "e.title ilike :like", false),
            SearchKind.CASE, new Kind("regulatory_case c join deal d on d.id = c.deal_id", "c",
                    "ts_rank(c.search, q.en) + similarity(c.title, :raw)", """
                    '/cases/' || c.slug, ts_headline('english', c.title, q.en, %2$s),
                    ts_headline('simple', coalesce(c.reference, ''), q.si, %1$s), c.status""", true,
                    "c.search @@ websearch_to_tsquery('english', :q) or c.search @@ websearch_to_tsquery('simple', :q)", "c.title ilike :like", false)));

    private final JdbcClient jdbc;

    SearchService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Searches every kind (a few results each), or one kind a page at a time. */
    public SearchView search(String query, SearchKind kind, int page, Audience audience) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty() || onlyLeftOut(q)) {
            // nothing to look for: every word left out ("-bench") would match nearly every row
            return new SearchView(q, kind, 1, List.of());
        }
        int limit = kind == null ? PER_KIND : PAGE_SIZE;
        int offset = kind == null ? 0 : (Math.max(page, 1) - 1) * PAGE_SIZE;
        var kinds = kind == null ? List.of(SearchKind.values()) : List.of(kind);
        Map<SearchKind, List<SearchView.Hit>> hits = new EnumMap<>(SearchKind.class);
        Map<SearchKind, Long> totals = new EnumMap<>(SearchKind.class);
        jdbc.sql(sql(kinds, audience, matchesParts(q)))
                .param("q", q)
                .param("raw", q)
                .param("like", Rows.likeContaining(q))
                .param("bound", BOUND + 1)
                .param("limit", limit)
                .param("offset", offset)
                .query((RowCallbackHandler) rs -> {
                    var k = SearchKind.valueOf(rs.getString(1));
                    totals.put(k, rs.getLong(7));
                    String detail = rs.getString(5);
                    Enum<?> label = switch (k) {
                        case DEAL -> DealType.valueOf(detail);
                        case PARTY -> PartyKind.valueOf(detail);
                        case CASE -> CaseStatus.valueOf(detail);
                        default -> null;
                    };
                    hits.computeIfAbsent(k, x -> new ArrayList<>()).add(new SearchView.Hit(rs.getString(2),
                            segments(rs.getString(3)), segments(rs.getString(4)), label, label == null ? detail : null));
                });
        var groups = kinds.stream()
                .map(k -> new SearchView.Group(k, totals.getOrDefault(k, 0L), hits.getOrDefault(k, List.of())))
                .toList();
        return new SearchView(q, kind, Math.max(page, 1), groups);
    }

    /** A search written with operators: a phrase in quotes, a word left out with "-", or words joined by "or". */
    private static final java.util.regex.Pattern OPERATORS = java.util.regex.Pattern.compile("\"|(^|\\s)-\\S|\\sor\\s",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Whether the typed text is also matched as a part of names and titles: three letters or more, written without
     * search operators (the text with its quotes or "-" is in no title, and finding that out read every title that
     * has its letters: 185 ms for "bench deal" in quotes at ten times the benchmark).
     */
    static boolean matchesParts(String q) {
        return !Rows.wholeWordsOnly(q) && !OPERATORS.matcher(q).find();
    }

    /** Whether every word of the search is one to leave out ("-bench"), so that it names nothing to find. */
    static boolean onlyLeftOut(String q) {
        return java.util.Arrays.stream(q.strip().split("\\s+")).allMatch(word -> word.startsWith("-") || word.equalsIgnoreCase("or"));
    }

    /** The statement for one kind, as the page runs it for a word of three letters or more: for plan tests. */
    static String sql(SearchKind kind, Audience audience) {
        return sql(List.of(kind), audience, true);
    }

    /** One statement for the given kinds: each kind's best matches, ranked, stacked with UNION ALL. */
    private static String sql(List<SearchKind> kinds, Audience audience, boolean partialWords) {
        return """
                with q as (select websearch_to_tsquery('english', :q) as en, websearch_to_tsquery('spanish', :q) as es,
                                  websearch_to_tsquery('simple', :q) as si)
                """ + kinds.stream()
                .map(kind -> "(" + KINDS.get(kind).sql(kind, audience, partialWords) + ")")
                .collect(Collectors.joining("\nunion all\n"));
    }

    /** Splits PostgreSQL's headline into plain and matched runs at the private-use markers. */
    static List<SearchView.Segment> segments(String headline) {
        List<SearchView.Segment> segments = new ArrayList<>();
        if (headline == null) {
            return segments;
        }
        boolean match = false;
        int from = 0;
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            if (c == START || c == STOP) {
                if (i > from) {
                    segments.add(new SearchView.Segment(headline.substring(from, i), match));
                }
                match = c == START;
                from = i + 1;
            }
        }
        if (from < headline.length()) {
            segments.add(new SearchView.Segment(headline.substring(from), match));
        }
        return segments;
    }
}
