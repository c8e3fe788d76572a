package com.dealtrace.bundle;

import java.math.BigDecimal;
import java.sql.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import com.dealtrace.change.ChangeAction;
import com.dealtrace.change.ChangeEntity;
import com.dealtrace.change.Changes;
import com.dealtrace.change.FieldChange;
import com.dealtrace.confidence.OriginClass;
import com.dealtrace.deal.ConfidenceBand;
import com.dealtrace.deal.DealService;
import com.dealtrace.deal.Level;
import com.dealtrace.deal.PublicationState;
import com.dealtrace.deal.TimeHorizon;
import com.dealtrace.deal.Visibility;
import com.dealtrace.event.EventKind;
import com.dealtrace.event.Stance;
import com.dealtrace.party.CaseOutcome;
import com.dealtrace.party.CaseStatus;
import com.dealtrace.party.DealStatus;
import com.dealtrace.party.DealType;
import com.dealtrace.party.ParticipantRole;
import com.dealtrace.party.PartyKind;
import com.dealtrace.regulation.CaseClocks;
import com.dealtrace.regulation.Phase;
import com.dealtrace.security.Audience;
import com.dealtrace.security.Viewer;
import com.dealtrace.source.PublisherKind;
import com.dealtrace.source.Risk;
import com.dealtrace.source.UrlNormalizer;
import com.dealtrace.web.DatePrecision;
import com.dealtrace.web.PartialDate;
import com.dealtrace.web.Slugs;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deal bundles: whole deals with their parties, sources, events, citations, cases and grades as one JSON document
 * (see docs/bundles.md). Import checks the whole bundle first and refuses it with every problem found, or imports it
 * in one transaction; parties are matched by slug or name, sources by normalised address, and a deal whose slug
 * exists is left as it is, so importing a bundle twice changes nothing the second time.
 */
@Service
public class BundleService {

    public static final String FORMAT = "dealtrace-bundle";
    private static final String SLUG = "^" + Slugs.SHAPE + "$";

    private final JdbcClient jdbc;
    private final DealService deals;
    private final Changes changeLog;

    private final CaseClocks clocks;

    BundleService(JdbcClient jdbc, DealService deals, Changes changeLog, CaseClocks clocks) {
        this.jdbc = jdbc;
        this.deals = deals;
        this.changeLog = changeLog;
        this.clocks = clocks;
    }

    // ---------------------------------------------------------------- export

    @Transactional(readOnly = true)
    public Map<String, Object> export(String slug, Audience audience) {
        long dealId = deals.header(slug, audience).id();
        Map<String, Object> deal = jdbc.sql("""
                        select slug, title, type, status, announced_on::text, summary, amount, currency, amount_note,
                               language, signal_type, region, market_class, category, primary_domain, topic, impact,
                               operational_relevance, time_horizon, operating_surface, watch_items, visibility, state
                        from deal where id = :id""")
                .param("id", dealId)
                .query((rs, row) -> {
                    Map<String, Object> d = new LinkedHashMap<>();
                    d.put("slug", rs.getString("slug"));
                    d.put("title", rs.getString("title"));
                    d.put("type", rs.getString("type"));
                    d.put("status", rs.getString("status"));
                    d.put("announcedOn", rs.getString("announced_on"));
                    d.put("summary", rs.getString("summary"));
                    d.put("amount", rs.getBigDecimal("amount"));
                    d.put("currency", rs.getString("currency"));
                    d.put("amountNote", rs.getString("amount_note"));
                    d.put("language", rs.getString("language"));
                    for (String[] field : new String[][] {{"signalType", "signal_type"}, {"region", "region"},
                            {"marketClass", "market_class"}, {"category", "category"}, {"primaryDomain", "primary_domain"},
                            {"topic", "topic"}, {"impact", "impact"}, {"operationalRelevance", "operational_relevance"},
                            {"timeHorizon", "time_horizon"}}) {
                        d.put(field[0], rs.getString(field[1]));
                    }
                    d.put("operatingSurface", strings(rs.getArray("operating_surface")));
                    d.put("watchItems", strings(rs.getArray("watch_items")));
                    d.put("visibility", rs.getString("visibility"));
                    d.put("state", rs.getString("state"));
                    return d;
                })
                .single();
        deal.put("participants", rows("""
                select p.slug as party, dp.role, dp.note from deal_participant dp join party p on p.id = dp.party_id
                where dp.deal_id = :id order by dp.position, dp.id""", dealId));
        deal.put("translations", rows("select language, title, summary from deal_translation where deal_id = :id order by language", dealId));
        deal.put("cases", rows("""
                select c.slug, r.slug as regulator, c.jurisdiction, c.reference, c.title, c.url, c.opened_on::text as "openedOn",
                       c.decided_on::text as "decidedOn", c.status, c.outcome
                from regulatory_case c join party r on r.id = c.regulator_id where c.deal_id = :id order by c.id""", dealId));
        var phases = rows("""
                select c.slug as case_slug, p.phase, p.started_on::text as "startedOn", p.remedies,
                       p.decided_on::text as "decidedOn"
                from case_phase p join regulatory_case c on c.id = p.case_id where c.deal_id = :id
                order by p.started_on, p.id""", dealId);
        for (var c : (List<Map<String, Object>>) deal.get("cases")) {
            c.put("phases", phases.stream().filter(p -> p.get("case_slug").equals(c.get("slug")))
                    .map(p -> {
                        Map<String, Object> phase = new LinkedHashMap<>(p);
                        phase.remove("case_slug");
                        return phase;
                    })
                    .toList());
        }
        var events = rows("""
                select e.id, e.occurred_on::text as date, e.date_precision as precision, e.kind, e.title, e.description,
                       c.slug as "case"
                from event e left join regulatory_case c on c.id = e.regulatory_case_id
                where e.deal_id = :id and e.deleted_at is null order by e.occurred_on, e.id""", dealId);
        var citations = rows("""
                select c.event_id, s.url, c.stance, origin_class(c.deal_id, s.publisher_id, s.publisher_kind) as "originClass",
                       c.quote, c.locator, c.note from citation c join source s on s.id = c.source_id
                left join event e on e.id = c.event_id
                where c.deal_id = :id and (c.event_id is null or e.deleted_at is null) order by c.event_id nulls first, c.id""", dealId);
        for (var event : events) {
            Object id = event.remove("id");
            event.put("citations", citations.stream().filter(c -> Objects.equals(c.get("event_id"), id)).map(BundleService::withoutEvent).toList());
        }
        deal.put("events", events);
        deal.put("citations", citations.stream().filter(c -> c.get("event_id") == null).map(BundleService::withoutEvent).toList());
        deal.put("grades", rows("""
                select score, rationale, assessed_by as "assessedBy", to_char(assessed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "assessedAt",
                       policy_version as "policyVersion", suggested_score as "suggestedScore"
                from confidence_assessment where deal_id = :id and status = 'CONFIRMED' order by assessed_at, id""", dealId));

        var sources = rows("""
                select s.url, s.title, s.publisher_name as publisher, p.slug as "publisherParty", s.publisher_kind as "publisherKind",
                       s.published_on::text as "publishedOn", s.language, s.risk, s.summary, s.archive_url as "archiveUrl"
                from source s left join party p on p.id = s.publisher_id
                where s.id in (select source_id from citation where deal_id = :id) order by s.id""", dealId);
        var partySlugs = new ArrayList<String>();
        ((List<Map<String, Object>>) (List<?>) deal.get("participants")).forEach(p -> partySlugs.add((String) p.get("party")));
        ((List<Map<String, Object>>) (List<?>) deal.get("cases")).forEach(c -> partySlugs.add((String) c.get("regulator")));
        // every party the bundle names: participants, regulators, publishers of its sources, organisations of its people
        sources.stream().map(s -> (String) s.get("publisherParty")).filter(Objects::nonNull).forEach(partySlugs::add);
        var parties = jdbc.sql("""
                        select p.slug, p.name, p.kind, p.country, p.website, p.aliases, p.description, o.slug as organisation, p.position
                        from party p left join party o on o.id = p.organisation_id
                        where p.slug in (:slugs) or p.organisation_id in (select id from party where slug in (:slugs))
                           or p.id in (select organisation_id from party where slug in (:slugs))
                        order by p.organisation_id nulls first, p.name""")
                .param("slugs", partySlugs.isEmpty() ? List.of("") : partySlugs)
                .query((rs, row) -> {
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("slug", rs.getString("slug"));
                    p.put("name", rs.getString("name"));
                    p.put("kind", rs.getString("kind"));
                    p.put("country", rs.getString("country"));
                    p.put("website", rs.getString("website"));
                    p.put("aliases", strings(rs.getArray("aliases")));
                    p.put("description", rs.getString("description"));
                    p.put("organisation", rs.getString("organisation"));
                    p.put("position", rs.getString("position"));
                    return p;
                })
                .list();
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("format", FORMAT);
        bundle.put("version", 1);
        bundle.put("parties", parties);
        bundle.put("sources", sources);
        bundle.put("deals", List.of(deal));
        return bundle;
    }

    private List<Map<String, Object>> rows(String sql, long dealId) {
        return jdbc.sql(sql).param("id", dealId).query().listOfRows().stream()
                .map(row -> (Map<String, Object>) new LinkedHashMap<>(row))
                .toList();
    }

    /** A case's phases: which, when started and decided, and whether remedies were offered. */
    private static List<Map<String, Object>> phases(Json json, Map<String, Object> c, String cp) {
        var phases = new ArrayList<Map<String, Object>>();
        var list = json.objects(c.get("phases"), cp + ".phases", false);
        for (int i = 0; i < list.size(); i++) {
            var p = list.get(i);
            String pp = cp + ".phases[" + i + "]";
            json.onlyKnownKeys(p, pp, PHASE_KEYS);
            Map<String, Object> phase = new HashMap<>();
            phase.put("phase", json.choice(p, "phase", pp, Phase.class, true));
            var started = json.date(p, "startedOn", pp, true);
            var decided = json.date(p, "decidedOn", pp, false);
            if (started != null && decided != null && decided.isBefore(started)) {
                json.problem(pp + ".decidedOn", "comes before startedOn");
            }
            phase.put("startedOn", started);
            phase.put("decidedOn", decided);
            Object remedies = p.get("remedies");
            if (remedies != null && !(remedies instanceof Boolean)) {
                json.problem(pp + ".remedies", "must be true or false");
            }
            phase.put("remedies", Boolean.TRUE.equals(remedies));
            phases.add(phase);
        }
        return phases;
    }

    private static Map<String, Object> withoutEvent(Map<String, Object> citation) {
        Map<String, Object> copy = new LinkedHashMap<>(citation);
        copy.remove("event_id");
        return copy;
    }

    private static List<String> strings(Array array) throws java.sql.SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    // ---------------------------------------------------------------- import

    private static final Set<String> ROOT_KEYS = Set.of("format", "version", "parties", "sources", "deals");
    private static final Set<String> PARTY_KEYS = Set.of("slug", "name", "kind", "country", "website", "aliases",
            "description", "organisation", "position");
    private static final Set<String> SOURCE_KEYS = Set.of("url", "title", "publisher", "publisherParty", "publisherKind",
            "publishedOn", "language", "risk", "summary", "archiveUrl");
    private static final Set<String> DEAL_KEYS = Set.of("slug", "title", "type", "status", "announcedOn", "summary", "amount",
            "currency", "amountNote", "language", "signalType", "region", "marketClass", "category", "primaryDomain", "topic",
            "impact", "operationalRelevance", "timeHorizon", "operatingSurface", "watchItems", "visibility", "state",
            "participants", "translations", "cases", "events", "citations", "grades");
    private static final Set<String> PARTICIPANT_KEYS = Set.of("party", "role", "note");
    private static final Set<String> TRANSLATION_KEYS = Set.of("language", "title", "summary");
    private static final Set<String> CASE_KEYS = Set.of("slug", "regulator", "jurisdiction", "reference", "title", "url",
            "openedOn", "decidedOn", "status", "outcome", "phases");
    private static final Set<String> PHASE_KEYS = Set.of("phase", "startedOn", "remedies", "decidedOn");
    private static final Set<String> EVENT_KEYS = Set.of("date", "precision", "kind", "title", "description", "case",
            "citations");
    private static final Set<String> CITATION_KEYS = Set.of("url", "stance", "originClass", "quote", "locator", "note");
    private static final Set<String> GRADE_KEYS = Set.of("score", "rationale", "assessedBy", "assessedAt", "policyVersion",
            "suggestedScore");

    /**
     * Checks the whole bundle and imports it in one transaction, or throws with the problems found. Grades are only
     * imported for an admin, as graded by that admin now; the bundle's own assessor and time are kept as a note.
     */
    @Transactional
    public ImportResult importBundle(Object parsed, Viewer importer) {
        var json = new Json();
        if (!(parsed instanceof Map<?, ?> raw)) {
            json.problem("$", "must be a JSON object");
            throw json.refusal();
        }
        @SuppressWarnings("unchecked")
        var root = (Map<String, Object>) raw;
        json.onlyKnownKeys(root, "$", ROOT_KEYS);
        if (!FORMAT.equals(root.get("format"))) {
            json.problem("$.format", "must be \"" + FORMAT + "\"");
        }
        if (!Objects.equals(root.get("version"), 1)) {
            json.problem("$.version", "must be 1");
        }
        var refs = new References(jdbc.sql("select version from grading_policy").query(Integer.class).set());
        var parties = checkParties(json, json.objects(root.get("parties"), "$.parties", false), refs);
        var sources = checkSources(json, json.objects(root.get("sources"), "$.sources", false), refs);
        var dealList = json.objects(root.get("deals"), "$.deals", true);
        var checked = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < dealList.size(); i++) {
            var deal = checkDeal(json, dealList.get(i), "$.deals[" + i + "]", refs, importer);
            // a bundle with problems is refused: keeping what was checked would only cost memory
            if (!json.hasProblems()) {
                checked.add(deal);
            }
        }
        var known = resolve(refs, parties, sources, json);
        if (json.hasProblems()) {
            throw json.refusal();
        }
        return write(parties, sources, checked, known, importer);
    }

    /** A party or source a bundle names, with where it names it. */
    private record Reference(String path, String name) {
    }

    /** The parties and sources the bundle names, resolved all at once after the bundle is read. */
    private static final class References {

        /** The versions of the grading policy this Dealtrace has, which a grade may name. */
        final Set<Integer> policyVersions;
        final List<Reference> parties = new ArrayList<>();
        final List<Reference> publishers = new ArrayList<>();
        final List<Reference> sources = new ArrayList<>();

        References(Set<Integer> policyVersions) {
            this.policyVersions = policyVersions;
        }
    }

    /** Parties and sources already in Dealtrace that the bundle names: by lower-cased party key and by address key. */
    private record Known(Map<String, Long> parties, Map<String, Long> sources) {

        Long party(String reference) {
            return parties.get(reference.toLowerCase(Locale.ROOT));
        }
    }

    private Known resolve(References refs, Map<String, Map<String, Object>> bundleParties,
            Map<String, Map<String, Object>> bundleSources, Json json) {
        var partyKeys = new LinkedHashSet<String>();
        for (var p : bundleParties.values()) {
            partyKeys.add((String) p.get("slug"));
            if (p.get("name") != null) {
                partyKeys.add(((String) p.get("name")).toLowerCase(Locale.ROOT));
            }
        }
        Stream.concat(refs.parties.stream(), refs.publishers.stream())
                .filter(r -> !bundleParties.containsKey(r.name()))
                .forEach(r -> partyKeys.add(r.name().toLowerCase(Locale.ROOT)));
        var parties = parties(partyKeys);
        for (var r : refs.parties) {
            if (!bundleParties.containsKey(r.name()) && !parties.containsKey(r.name().toLowerCase(Locale.ROOT))) {
                json.problem(r.path(), "names no party in the bundle or in Dealtrace (by slug, name or alias)");
            }
        }
        for (var r : refs.publishers) {
            if (!bundleParties.containsKey(r.name()) && !parties.containsKey(r.name().toLowerCase(Locale.ROOT))) {
                json.problem(r.path(), "names no party in the bundle or in Dealtrace (by slug, name or alias); "
                        + "leave it out to give the publisher by name only");
            }
        }
        var sourceKeys = refs.sources.stream().map(Reference::name).filter(k -> !bundleSources.containsKey(k))
                .distinct().toList();
        Map<String, Long> sources = new HashMap<>();
        if (!sourceKeys.isEmpty()) {
            jdbc.sql("select url_key, id from source where url_key = any(cast(:keys as text[]))")
                    .param("keys", sourceKeys.toArray(String[]::new))
                    .query((RowCallbackHandler) rs -> sources.put(rs.getString(1), rs.getLong(2)));
        }
        for (var r : refs.sources) {
            if (!bundleSources.containsKey(r.name()) && !sources.containsKey(r.name())) {
                json.problem(r.path(), "names no source in the bundle or in Dealtrace");
            }
        }
        return new Known(parties, sources);
    }

    /**
     * The parties that these lower-cased keys name, in one statement: a key names the party with that slug, else the
     * one with that name, else one with that alias.
     */
    private Map<String, Long> parties(Collection<String> keys) {
        Map<String, Long> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        Map<String, Integer> rank = new HashMap<>();
        jdbc.sql("""
                        select k.key, p.id,
                               case when p.slug = k.key then 0 when lower(p.name) = k.key then 1 else 2 end as rank
                        from party p
                        join unnest(cast(:keys as text[])) k(key) on k.key = any(p.match_keys)
                        where p.match_keys && cast(:keys as text[])
                        order by rank, p.id""")
                .param("keys", keys.toArray(String[]::new))
                .query((RowCallbackHandler) rs -> {
                    if (rank.putIfAbsent(rs.getString(1), rs.getInt(3)) == null) {
                        found.put(rs.getString(1), rs.getLong(2));
                    }
                });
        return found;
    }

    private Map<String, Map<String, Object>> checkParties(Json json, List<Map<String, Object>> list, References refs) {
        Map<String, Map<String, Object>> parties = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            var p = list.get(i);
            String path = "$.parties[" + i + "]";
            json.onlyKnownKeys(p, path, PARTY_KEYS);
            Map<String, Object> party = new HashMap<>();
            String name = json.text(p, "name", path, true, 200);
            String slug = json.matching(p, "slug", path, false, SLUG, "lower-case words joined by dashes");
            party.put("name", name);
            party.put("slug", slug != null ? slug : name == null ? null : Slugs.of(name));
            party.put("kind", json.choice(p, "kind", path, PartyKind.class, true));
            party.put("country", json.matching(p, "country", path, false, "^[A-Z]{2}$", "a two-letter ISO 3166 code"));
            party.put("website", json.url(p, "website", path, false));
            party.put("aliases", json.strings(p, "aliases", path));
            party.put("description", json.text(p, "description", path, false, 5_000));
            String organisation = json.text(p, "organisation", path, false, 100);
            if (organisation != null) {
                refs.parties.add(new Reference(path + ".organisation", organisation));
            }
            party.put("organisation", organisation);
            party.put("position", json.text(p, "position", path, false, 200));
            if (party.get("slug") != null && parties.put((String) party.get("slug"), party) != null) {
                json.problem(path + ".slug", "appears twice in the bundle");
            }
        }
        return parties;
    }

    private Map<String, Map<String, Object>> checkSources(Json json, List<Map<String, Object>> list, References refs) {
        Map<String, Map<String, Object>> sources = new LinkedHashMap<>();
        Map<String, String> firstPath = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            var s = list.get(i);
            String path = "$.sources[" + i + "]";
            json.onlyKnownKeys(s, path, SOURCE_KEYS);
            Map<String, Object> source = new HashMap<>();
            String url = json.url(s, "url", path, true);
            source.put("url", url);
            source.put("title", json.text(s, "title", path, true, 500));
            source.put("publisher", json.text(s, "publisher", path, true, 200));
            String publisherParty = json.text(s, "publisherParty", path, false, 100);
            if (publisherParty != null) {
                refs.publishers.add(new Reference(path + ".publisherParty", publisherParty));
            }
            source.put("publisherParty", publisherParty);
            source.put("publisherKind", json.choice(s, "publisherKind", path, PublisherKind.class, true));
            source.put("publishedOn", json.date(s, "publishedOn", path, false));
            String language = json.matching(s, "language", path, false, "^[a-z]{2}$", "a two-letter language code");
            source.put("language", language == null ? "en" : language);
            source.put("risk", json.choice(s, "risk", path, Risk.class, true));
            source.put("summary", json.text(s, "summary", path, false, 1_000));
            source.put("archiveUrl", json.url(s, "archiveUrl", path, false));
            if (url != null) {
                String key = UrlNormalizer.key(url).orElseThrow();
                if (firstPath.containsKey(key)) {
                    json.problem(path + ".url", "is the same document as " + firstPath.get(key) + ".url");
                }
                else {
                    firstPath.put(key, path);
                    sources.put(key, source);
                }
            }
        }
        return sources;
    }

    private Map<String, Object> checkDeal(Json json, Map<String, Object> d, String path, References refs,
            Viewer importer) {
        json.onlyKnownKeys(d, path, DEAL_KEYS);
        Map<String, Object> deal = new HashMap<>();
        deal.put("slug", json.matching(d, "slug", path, true, SLUG, "lower-case words joined by dashes"));
        deal.put("title", json.text(d, "title", path, true, 300));
        deal.put("type", json.choice(d, "type", path, DealType.class, true));
        deal.put("status", json.choice(d, "status", path, DealStatus.class, true));
        deal.put("announcedOn", json.date(d, "announcedOn", path, false));
        deal.put("summary", json.text(d, "summary", path, false, 20_000));
        var amount = json.number(d, "amount", path, false, n -> n.signum() >= 0 && n.scale() <= 2 && n.precision() - n.scale() <= 16,
                "a positive amount with at most two decimals");
        String currency = json.matching(d, "currency", path, false, "^[A-Z]{3}$", "a three-letter ISO 4217 code");
        // a blank currency counts as none, as it does everywhere else in the bundle
        boolean hasAmount = d.get("amount") != null;
        boolean hasCurrency = d.get("currency") != null && !(d.get("currency") instanceof String c && c.isBlank());
        if (hasAmount != hasCurrency) {
            json.problem(path + (hasAmount ? ".currency" : ".amount"), "goes together with the "
                    + (hasAmount ? "amount" : "currency"));
        }
        deal.put("amount", amount);
        deal.put("currency", currency);
        deal.put("amountNote", json.text(d, "amountNote", path, false, 300));
        String language = json.matching(d, "language", path, false, "^[a-z]{2}$", "a two-letter language code");
        deal.put("language", language == null ? "en" : language);
        for (String field : List.of("signalType", "region", "marketClass", "category", "primaryDomain", "topic")) {
            deal.put(field, json.text(d, field, path, false, 300));
        }
        deal.put("impact", json.choice(d, "impact", path, Level.class, false));
        deal.put("operationalRelevance", json.choice(d, "operationalRelevance", path, Level.class, false));
        deal.put("timeHorizon", json.choice(d, "timeHorizon", path, TimeHorizon.class, false));
        deal.put("operatingSurface", json.strings(d, "operatingSurface", path));
        deal.put("watchItems", json.strings(d, "watchItems", path));
        var visibility = json.choice(d, "visibility", path, Visibility.class, false);
        deal.put("visibility", visibility == null ? Visibility.PUBLIC : visibility);
        var state = json.choice(d, "state", path, PublicationState.class, false);
        deal.put("state", state == null ? PublicationState.DRAFT : state);

        var participants = new ArrayList<Map<String, Object>>();
        var participantList = json.objects(d.get("participants"), path + ".participants", false);
        for (int i = 0; i < participantList.size(); i++) {
            var p = participantList.get(i);
            String pp = path + ".participants[" + i + "]";
            json.onlyKnownKeys(p, pp, PARTICIPANT_KEYS);
            String party = json.text(p, "party", pp, true, 100);
            if (party != null) {
                refs.parties.add(new Reference(pp + ".party", party));
            }
            participants.add(Map.of("party", Objects.toString(party, ""),
                    "role", Objects.requireNonNullElse(json.choice(p, "role", pp, ParticipantRole.class, true), ParticipantRole.CONTEXT),
                    "note", Objects.toString(json.text(p, "note", pp, false, 500), "")));
        }
        deal.put("participants", participants);

        var translations = new ArrayList<Map<String, Object>>();
        var translationList = json.objects(d.get("translations"), path + ".translations", false);
        for (int i = 0; i < translationList.size(); i++) {
            var t = translationList.get(i);
            String tp = path + ".translations[" + i + "]";
            json.onlyKnownKeys(t, tp, TRANSLATION_KEYS);
            translations.add(Map.of(
                    "language", Objects.toString(json.matching(t, "language", tp, true, "^[a-z]{2}$", "a two-letter language code"), ""),
                    "title", Objects.toString(json.text(t, "title", tp, true, 300), ""),
                    "summary", Objects.toString(json.text(t, "summary", tp, false, 20_000), "")));
        }
        deal.put("translations", translations);

        var cases = new ArrayList<Map<String, Object>>();
        var caseSlugs = new HashSet<String>();
        var caseList = json.objects(d.get("cases"), path + ".cases", false);
        for (int i = 0; i < caseList.size(); i++) {
            var c = caseList.get(i);
            String cp = path + ".cases[" + i + "]";
            json.onlyKnownKeys(c, cp, CASE_KEYS);
            Map<String, Object> rc = new HashMap<>();
            String slug = json.matching(c, "slug", cp, true, SLUG, "lower-case words joined by dashes");
            rc.put("slug", slug);
            caseSlugs.add(slug);
            String regulator = json.text(c, "regulator", cp, true, 100);
            if (regulator != null) {
                refs.parties.add(new Reference(cp + ".regulator", regulator));
            }
            rc.put("regulator", regulator);
            rc.put("jurisdiction", json.matching(c, "jurisdiction", cp, true, "^[A-Z]{2}$", "a two-letter code such as GB or EU"));
            rc.put("reference", json.text(c, "reference", cp, false, 100));
            rc.put("title", json.text(c, "title", cp, true, 300));
            rc.put("url", json.url(c, "url", cp, false));
            var opened = json.date(c, "openedOn", cp, false);
            var decided = json.date(c, "decidedOn", cp, false);
            if (opened != null && decided != null && decided.isBefore(opened)) {
                json.problem(cp + ".decidedOn", "comes before openedOn");
            }
            rc.put("openedOn", opened);
            rc.put("decidedOn", decided);
            var status = json.choice(c, "status", cp, CaseStatus.class, true);
            var outcome = json.choice(c, "outcome", cp, CaseOutcome.class, false);
            if (status == CaseStatus.CLOSED && c.get("outcome") == null) {
                json.problem(cp + ".outcome", "is needed for a closed case");
            }
            rc.put("status", status);
            rc.put("outcome", outcome);
            rc.put("phases", phases(json, c, cp));
            cases.add(rc);
        }
        deal.put("cases", cases);

        var events = new ArrayList<Map<String, Object>>();
        var eventList = json.objects(d.get("events"), path + ".events", false);
        for (int i = 0; i < eventList.size(); i++) {
            var e = eventList.get(i);
            String ep = path + ".events[" + i + "]";
            json.onlyKnownKeys(e, ep, EVENT_KEYS);
            Map<String, Object> event = new HashMap<>();
            var date = json.date(e, "date", ep, true);
            var precision = json.choice(e, "precision", ep, DatePrecision.class, false);
            event.put("date", date == null ? null : new PartialDate(date, precision == null ? DatePrecision.DAY : precision));
            event.put("kind", json.choice(e, "kind", ep, EventKind.class, true));
            event.put("title", json.text(e, "title", ep, true, 300));
            event.put("description", json.text(e, "description", ep, false, 10_000));
            String caseSlug = json.text(e, "case", ep, false, 100);
            if (caseSlug != null && !caseSlugs.contains(caseSlug)) {
                json.problem(ep + ".case", "names no case of this deal");
            }
            event.put("case", caseSlug);
            event.put("citations", citations(json, e.get("citations"), ep + ".citations", refs));
            events.add(event);
        }
        deal.put("events", events);
        deal.put("citations", citations(json, d.get("citations"), path + ".citations", refs));

        var grades = new ArrayList<Map<String, Object>>();
        var gradeList = json.objects(d.get("grades"), path + ".grades", false);
        for (int i = 0; i < gradeList.size(); i++) {
            var g = gradeList.get(i);
            String gp = path + ".grades[" + i + "]";
            if (!importer.admin()) {
                // only admins grade: a grade in someone else's import would show as an admin's grade
                json.problem(gp, "is a grade, and only admins import grades: remove the grades, or have an admin "
                        + "import the bundle");
                continue;
            }
            json.onlyKnownKeys(g, gp, GRADE_KEYS);
            Map<String, Object> grade = new HashMap<>();
            grade.put("score", json.number(g, "score", gp, true,
                    n -> n.compareTo(BigDecimal.ZERO) >= 0 && n.compareTo(BigDecimal.ONE) <= 0 && n.scale() <= 2,
                    "between 0 and 1 with at most two decimals"));
            grade.put("rationale", json.text(g, "rationale", gp, true, 5_000));
            grade.put("assessedBy", json.text(g, "assessedBy", gp, false, 100));
            grade.put("assessedAt", json.timestamp(g, "assessedAt", gp));
            var version = json.number(g, "policyVersion", gp, false,
                    n -> n.scale() <= 0 && n.signum() > 0 && n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0,
                    "a grading policy version, a whole number from 1");
            if (version != null && !refs.policyVersions.contains(version.intValue())) {
                json.problem(gp + ".policyVersion", "names no grading policy of this Dealtrace (it has versions "
                        + new java.util.TreeSet<>(refs.policyVersions) + ")");
            }
            grade.put("policyVersion", version == null ? null : version.intValue());
            grade.put("suggestedScore", json.number(g, "suggestedScore", gp, false,
                    n -> n.compareTo(BigDecimal.ZERO) >= 0 && n.compareTo(BigDecimal.ONE) <= 0 && n.scale() <= 2,
                    "between 0 and 1 with at most two decimals"));
            grades.add(grade);
        }
        deal.put("grades", grades);
        return deal;
    }

    private List<Map<String, Object>> citations(Json json, Object value, String path, References refs) {
        var result = new ArrayList<Map<String, Object>>();
        var list = json.objects(value, path, false);
        var seen = new HashSet<String>();
        for (int i = 0; i < list.size(); i++) {
            var c = list.get(i);
            String cp = path + "[" + i + "]";
            json.onlyKnownKeys(c, cp, CITATION_KEYS);
            String url = json.url(c, "url", cp, true);
            String key = url == null ? null : UrlNormalizer.key(url).orElseThrow();
            if (key != null) {
                refs.sources.add(new Reference(cp + ".url", key));
            }
            if (key != null && !seen.add(key)) {
                json.problem(cp + ".url", "cites the same source twice");
            }
            Map<String, Object> citation = new HashMap<>();
            citation.put("key", key);
            citation.put("stance", Objects.requireNonNullElse(json.choice(c, "stance", cp, Stance.class, false), Stance.SUPPORTS));
            // written for readers of the bundle: checked, but Dealtrace derives the class from the deal's participants
            json.choice(c, "originClass", cp, OriginClass.class, false);
            citation.put("quote", json.text(c, "quote", cp, false, 2_000));
            citation.put("locator", json.text(c, "locator", cp, false, 300));
            citation.put("note", json.text(c, "note", cp, false, 1_000));
            result.add(citation);
        }
        return result;
    }

    /** The id of the party in Dealtrace that a bundle's party is: the same slug, else the same name or alias. */
    private static Long existing(Known known, Map<String, Object> party) {
        Long bySlug = known.party((String) party.get("slug"));
        return bySlug != null || party.get("name") == null ? bySlug : known.party((String) party.get("name"));
    }

    @SuppressWarnings("unchecked")
    private ImportResult write(Map<String, Map<String, Object>> parties, Map<String, Map<String, Object>> sources,
            List<Map<String, Object>> dealsToWrite, Known known, Viewer importer) {
        Map<String, Long> partyIds = new HashMap<>();
        int createdParties = 0;
        var matchedParties = new ArrayList<ImportResult.Match>();
        for (var p : parties.values()) {
            String slug = (String) p.get("slug");
            Long id = existing(known, p);
            if (id == null) {
                // a concurrent import may insert the same party first: then this one uses it
                id = jdbc.sql("""
                                insert into party (slug, name, kind, country, website, aliases, description, position)
                                values (:slug, :name, :kind, :country, :website, :aliases, :description, :position)
                                on conflict (slug) do nothing returning id""")
                        .param("slug", slug).param("name", p.get("name")).param("kind", ((Enum<?>) p.get("kind")).name())
                        .param("country", p.get("country")).param("website", p.get("website"))
                        .param("aliases", ((List<String>) p.get("aliases")).toArray(String[]::new))
                        .param("description", p.get("description")).param("position", p.get("position"))
                        .query(Long.class).optional().orElse(null);
                if (id != null) {
                    createdParties++;
                }
                else {
                    id = jdbc.sql("select id from party where slug = :slug").param("slug", slug).query(Long.class).single();
                    matchedParties.add(new ImportResult.Match(slug, slug));
                }
            }
            else {
                matchedParties.add(new ImportResult.Match(slug, partySlug(id)));
            }
            partyIds.put(slug, id);
        }
        Function<String, Long> party = ref -> partyIds.containsKey(ref) ? partyIds.get(ref) : known.party(ref);
        for (var p : parties.values()) {
            if (p.get("organisation") != null && p.get("kind") == PartyKind.PERSON) {
                Long organisation = party.apply((String) p.get("organisation"));
                jdbc.sql("update party set organisation_id = :org where id = :id and organisation_id is null and :org <> id")
                        .param("org", organisation).param("id", partyIds.get((String) p.get("slug"))).update();
            }
        }
        Map<String, Long> sourceIds = new HashMap<>(known.sources());
        int createdSources = 0;
        int matchedSources = 0;
        for (var entry : sources.entrySet()) {
            var s = entry.getValue();
            Long publisher = s.get("publisherParty") == null ? null : party.apply((String) s.get("publisherParty"));
            Long id = jdbc.sql("""
                            insert into source (title, publisher_id, publisher_name, publisher_kind, url, url_key, published_on,
                                                language, risk, summary, archive_url)
                            values (:title, :publisher, :publisherName, :kind, :url, :key, :publishedOn, :language, :risk,
                                    coalesce(:summary, ''), :archive)
                            on conflict (url_key) do nothing returning id""")
                    .param("title", s.get("title")).param("publisher", publisher).param("publisherName", s.get("publisher"))
                    .param("kind", ((Enum<?>) s.get("publisherKind")).name()).param("url", s.get("url"))
                    .param("key", entry.getKey()).param("publishedOn", s.get("publishedOn"))
                    .param("language", s.get("language")).param("risk", ((Enum<?>) s.get("risk")).name())
                    .param("summary", s.get("summary")).param("archive", s.get("archiveUrl"))
                    .query(Long.class).optional().orElse(null);
            if (id != null) {
                createdSources++;
            }
            else {
                id = jdbc.sql("select id from source where url_key = :key").param("key", entry.getKey()).query(Long.class).single();
                matchedSources++;
            }
            sourceIds.put(entry.getKey(), id);
        }
        var created = new ArrayList<String>();
        var existing = new ArrayList<String>();
        var similar = new ArrayList<ImportResult.Similar>();
        int importedGrades = 0;
        for (var d : dealsToWrite) {
            String slug = (String) d.get("slug");
            // asked before the insert, so that the new deal does not find itself
            List<String> like = likeKnownDeals(d, party);
            Long inserted = insertDeal(d);
            if (inserted == null) {
                existing.add(slug);
                continue;
            }
            long dealId = inserted;
            int position = 1;
            for (var p : (List<Map<String, Object>>) d.get("participants")) {
                jdbc.sql("""
                                insert into deal_participant (deal_id, party_id, role, note, position)
                                values (:deal, :party, :role, nullif(:note, ''), :position) on conflict do nothing""")
                        .param("deal", dealId).param("party", party.apply((String) p.get("party")))
                        .param("role", ((Enum<?>) p.get("role")).name()).param("note", p.get("note")).param("position", position++)
                        .update();
            }
            for (var t : (List<Map<String, Object>>) d.get("translations")) {
                jdbc.sql("insert into deal_translation (deal_id, language, title, summary) values (:deal, :language, :title, :summary) on conflict do nothing")
                        .param("deal", dealId).param("language", t.get("language")).param("title", t.get("title")).param("summary", t.get("summary"))
                        .update();
            }
            Map<String, Long> caseIds = new HashMap<>();
            for (var c : (List<Map<String, Object>>) d.get("cases")) {
                String caseSlug = Slugs.unique((String) c.get("slug"),
                        s -> jdbc.sql("select exists (select 1 from regulatory_case where slug = :s)").param("s", s).query(Boolean.class).single());
                long caseId = jdbc.sql("""
                                insert into regulatory_case (slug, deal_id, regulator_id, jurisdiction, reference, title, url, opened_on,
                                                             decided_on, status, outcome)
                                values (:slug, :deal, :regulator, :jurisdiction, :reference, :title, :url, :opened, :decided, :status, :outcome)
                                returning id""")
                        .param("slug", caseSlug).param("deal", dealId)
                        .param("regulator", party.apply((String) c.get("regulator")))
                        .param("jurisdiction", c.get("jurisdiction")).param("reference", c.get("reference")).param("title", c.get("title"))
                        .param("url", c.get("url")).param("opened", c.get("openedOn")).param("decided", c.get("decidedOn"))
                        .param("status", ((Enum<?>) c.get("status")).name())
                        .param("outcome", c.get("outcome") == null ? null : ((Enum<?>) c.get("outcome")).name())
                        .query(Long.class).single();
                caseIds.put((String) c.get("slug"), caseId);
                for (var p : (List<Map<String, Object>>) c.get("phases")) {
                    var phase = (Phase) p.get("phase");
                    var started = (java.time.LocalDate) p.get("startedOn");
                    boolean remedies = (Boolean) p.get("remedies");
                    jdbc.sql("""
                                    insert into case_phase (case_id, phase, started_on, remedies, deadline_on, decided_on)
                                    values (:case, :phase, :started, :remedies, :deadline, :decided)""")
                            .param("case", caseId).param("phase", phase.name()).param("started", started)
                            .param("remedies", remedies).param("deadline", clocks.deadline(phase, started, remedies))
                            .param("decided", p.get("decidedOn"))
                            .update();
                }
            }
            var events = (List<Map<String, Object>>) d.get("events");
            var eventIds = insertEvents(dealId, events, caseIds);
            var citations = new Citations();
            for (int i = 0; i < events.size(); i++) {
                citations.add(eventIds.get(i), (List<Map<String, Object>>) events.get(i).get("citations"), sourceIds);
            }
            citations.add(null, (List<Map<String, Object>>) d.get("citations"), sourceIds);
            citations.insert(dealId);
            changeLog.record(ChangeEntity.DEAL, dealId, dealId, ChangeAction.CREATED, "Imported the deal from a bundle", List.of());
            for (var g : (List<Map<String, Object>>) d.get("grades")) {
                importGrade(dealId, g, importer);
                importedGrades++;
            }
            created.add(slug);
            if (!like.isEmpty()) {
                similar.add(new ImportResult.Similar(slug, like));
            }
        }
        return new ImportResult(created, existing, createdParties, matchedParties, createdSources, matchedSources,
                importedGrades, similar);
    }

    /**
     * An admin's import of a grade: graded by that admin, now, and marked imported; the assessor and time the bundle
     * gives are only kept as what the bundle said, so that nobody's name is put on a grade they did not give here.
     */
    private void importGrade(long dealId, Map<String, Object> g, Viewer importer) {
        var score = ((BigDecimal) g.get("score")).setScale(2);
        String grade = ConfidenceBand.of(score).grade().code();
        long id = jdbc.sql("""
                        insert into confidence_assessment (deal_id, score, grade, rationale, assessed_by, imported,
                                                           bundle_assessed_by, bundle_assessed_at, policy_version,
                                                           suggested_score, status)
                        values (:deal, :score, :grade, :rationale, :by, true, :bundleBy, :bundleAt, :policy, :suggested,
                                -- with two-person grading on, an imported grade waits for a second admin like any other
                                (select case when two_person then 'PROPOSED' else 'CONFIRMED' end from grading_setting))
                        returning id""")
                .param("policy", g.get("policyVersion")).param("suggested", g.get("suggestedScore"))
                .param("deal", dealId).param("score", score).param("grade", grade)
                .param("rationale", g.get("rationale")).param("by", importer.username())
                .param("bundleBy", g.get("assessedBy")).param("bundleAt", g.get("assessedAt"))
                .query(Long.class).single();
        changeLog.record(ChangeEntity.ASSESSMENT, id, dealId, ChangeAction.CREATED,
                "Imported a grade " + grade + " (" + score.toPlainString() + ") from a bundle",
                List.of(new FieldChange("Score", null, score.toPlainString()),
                        new FieldChange("Rationale", null, (String) g.get("rationale")),
                        new FieldChange("Graded by, as the bundle says", null, (String) g.get("assessedBy")),
                        new FieldChange("Graded at, as the bundle says", null,
                                g.get("assessedAt") == null ? null : g.get("assessedAt").toString())));
    }

    /** Known deals like this one of the bundle: a similar title, or the same parties (regulators and context aside) and month. */
    @SuppressWarnings("unchecked")
    private List<String> likeKnownDeals(Map<String, Object> deal, Function<String, Long> party) {
        var parties = ((List<Map<String, Object>>) deal.get("participants")).stream()
                .filter(p -> p.get("role") != ParticipantRole.REGULATOR && p.get("role") != ParticipantRole.CONTEXT)
                .map(p -> partySlug(party.apply((String) p.get("party")))).toList();
        return deals.similar((String) deal.get("title"), parties, (java.time.LocalDate) deal.get("announcedOn"));
    }

    private String partySlug(long id) {
        return jdbc.sql("select slug from party where id = :id").param("id", id).query(String.class).single();
    }

    @SuppressWarnings("unchecked")
    private Long insertDeal(Map<String, Object> d) {
        return jdbc.sql("""
                        insert into deal (slug, title, type, status, announced_on, summary, amount, currency, amount_note, language,
                                          signal_type, region, market_class, category, primary_domain, topic, impact,
                                          operational_relevance, time_horizon, operating_surface, watch_items, visibility, state)
                        values (:slug, :title, :type, :status, :announcedOn, coalesce(:summary, ''), :amount, :currency, :amountNote,
                                :language, :signalType, :region, :marketClass, :category, :primaryDomain, :topic, :impact,
                                :operationalRelevance, :timeHorizon, :operatingSurface, :watchItems, :visibility, :state)
                        on conflict (slug) do nothing returning id""")
                .param("slug", d.get("slug")).param("title", d.get("title")).param("type", name(d.get("type")))
                .param("status", name(d.get("status"))).param("announcedOn", d.get("announcedOn")).param("summary", d.get("summary"))
                .param("amount", d.get("amount")).param("currency", d.get("currency")).param("amountNote", d.get("amountNote"))
                .param("language", d.get("language")).param("signalType", d.get("signalType")).param("region", d.get("region"))
                .param("marketClass", d.get("marketClass")).param("category", d.get("category"))
                .param("primaryDomain", d.get("primaryDomain")).param("topic", d.get("topic")).param("impact", name(d.get("impact")))
                .param("operationalRelevance", name(d.get("operationalRelevance"))).param("timeHorizon", name(d.get("timeHorizon")))
                .param("operatingSurface", ((List<String>) d.get("operatingSurface")).toArray(String[]::new))
                .param("watchItems", ((List<String>) d.get("watchItems")).toArray(String[]::new))
                .param("visibility", name(d.get("visibility"))).param("state", name(d.get("state")))
                .query(Long.class).optional().orElse(null);
    }

    /**
     * A deal's events in one statement (their ids drawn first, in the bundle's order), so that the triggers that keep
     * the deal's sort keys run once for the deal, not once an event: row by row, a deal of 6,000 events recounted
     * its events 6,000 times.
     */
    @SuppressWarnings("unchecked")
    private List<Long> insertEvents(long dealId, List<Map<String, Object>> events, Map<String, Long> caseIds) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('event', 'id')) from generate_series(1, :n)")
                .param("n", events.size()).query(Long.class).list();
        int n = events.size();
        String[] dates = new String[n];
        String[] precisions = new String[n];
        String[] kinds = new String[n];
        String[] titles = new String[n];
        String[] descriptions = new String[n];
        Long[] cases = new Long[n];
        for (int i = 0; i < n; i++) {
            var e = events.get(i);
            var date = (PartialDate) e.get("date");
            dates[i] = date.date().toString();
            precisions[i] = date.precision().name();
            kinds[i] = ((Enum<?>) e.get("kind")).name();
            titles[i] = (String) e.get("title");
            descriptions[i] = (String) e.get("description");
            cases[i] = caseIds.get((String) e.get("case"));
        }
        jdbc.sql("""
                        insert into event (id, deal_id, occurred_on, date_precision, kind, title, description, regulatory_case_id)
                        overriding system value
                        select u.id, :deal, u.occurred_on::date, u.date_precision, u.kind, u.title, coalesce(u.description, ''),
                               u.case_id
                        from unnest(:ids::bigint[], :dates::text[], :precisions::text[], :kinds::text[], :titles::text[],
                                    :descriptions::text[], :cases::bigint[])
                             as u (id, occurred_on, date_precision, kind, title, description, case_id)""")
                .param("deal", dealId).param("ids", ids.toArray(Long[]::new)).param("dates", dates)
                .param("precisions", precisions).param("kinds", kinds).param("titles", titles)
                .param("descriptions", descriptions).param("cases", cases)
                .update();
        return ids;
    }

    /** A deal's citations, gathered to be written in one statement. */
    private final class Citations {

        private final List<Long> sources = new ArrayList<>();
        private final List<Long> events = new ArrayList<>();
        private final List<String> stances = new ArrayList<>();
        private final List<String> quotes = new ArrayList<>();
        private final List<String> locators = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        void add(Long eventId, List<Map<String, Object>> citations, Map<String, Long> sourceIds) {
            for (var c : citations) {
                sources.add(sourceIds.get((String) c.get("key")));
                events.add(eventId);
                stances.add(((Stance) c.get("stance")).name());
                quotes.add((String) c.get("quote"));
                locators.add((String) c.get("locator"));
                notes.add((String) c.get("note"));
            }
        }

        void insert(long dealId) {
            if (sources.isEmpty()) {
                return;
            }
            jdbc.sql("""
                            insert into citation (source_id, deal_id, event_id, stance, quote, locator, note)
                            select u.source_id, :deal, u.event_id, u.stance, u.quote, u.locator, u.note
                            from unnest(:sources::bigint[], :events::bigint[], :stances::text[], :quotes::text[],
                                        :locators::text[], :notes::text[])
                                 as u (source_id, event_id, stance, quote, locator, note)""")
                    .param("deal", dealId).param("sources", sources.toArray(Long[]::new))
                    .param("events", events.toArray(Long[]::new)).param("stances", stances.toArray(String[]::new))
                    .param("quotes", quotes.toArray(String[]::new)).param("locators", locators.toArray(String[]::new))
                    .param("notes", notes.toArray(String[]::new))
                    .update();
        }
    }

    private static String name(Object value) {
        return value == null ? null : ((Enum<?>) value).name();
    }
}
