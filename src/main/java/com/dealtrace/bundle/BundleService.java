package com.dealtrace.bundle;

import java.sql.Array;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import com.dealtrace.bundle.BundleFile.Citation;
import com.dealtrace.bundle.BundleFile.Deal;
import com.dealtrace.bundle.BundleFile.Event;
import com.dealtrace.bundle.BundleFile.Grade;
import com.dealtrace.bundle.BundleFile.Party;
import com.dealtrace.bundle.BundleFile.Source;
import com.dealtrace.change.ChangeAction;
import com.dealtrace.change.ChangeEntity;
import com.dealtrace.change.Changes;
import com.dealtrace.change.FieldChange;
import com.dealtrace.deal.ConfidenceBand;
import com.dealtrace.deal.DealService;
import com.dealtrace.deal.DirectParties;
import com.dealtrace.deal.PublicationState;
import com.dealtrace.deal.Visibility;
import com.dealtrace.event.Stance;
import com.dealtrace.party.ParticipantRole;
import com.dealtrace.party.PartyKind;
import com.dealtrace.regulation.CaseClocks;
import com.dealtrace.regulation.Phase;
import com.dealtrace.security.Audience;
import com.dealtrace.security.Viewer;
import com.dealtrace.web.DatePrecision;
import com.dealtrace.web.PartialDate;
import com.dealtrace.web.Slugs;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static com.dealtrace.bundle.BundleFile.choice;
import static com.dealtrace.bundle.BundleFile.text;

/**
 * Deal bundles: whole deals with their parties, sources, events, citations, cases and grades as one JSON document
 * (see docs/bundles.md). Import checks the whole bundle first and refuses it with every problem found, or imports it
 * in one transaction; parties are matched by slug or name, sources by normalised address, and a deal whose slug
 * exists is left as it is, so importing a bundle twice changes nothing the second time.
 */
@Service
public class BundleService {

    public static final String FORMAT = "dealtrace-bundle";

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
                select c.event_id, s.url, c.stance, origin_class(dp.direct, s.publisher_id, s.publisher_kind) as "originClass",
                       c.quote, c.locator, c.note from citation c join source s on s.id = c.source_id
                cross join (select %s as direct) dp
                left join event e on e.id = c.event_id
                where c.deal_id = :id and (c.event_id is null or e.deleted_at is null) order by c.event_id nulls first, c.id"""
                .formatted(DirectParties.of(":id")), dealId);
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

    private static Map<String, Object> withoutEvent(Map<String, Object> citation) {
        Map<String, Object> copy = new LinkedHashMap<>(citation);
        copy.remove("event_id");
        return copy;
    }

    private static List<String> strings(Array array) throws java.sql.SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    // ---------------------------------------------------------------- import

    /**
     * Imports a bundle as read, in one transaction, or throws with its problems: those found when reading, and the
     * parties, sources and grading policies it names that neither it nor Dealtrace has. Grades are only imported for
     * an admin, as graded by that admin now; the bundle's own assessor and time are kept as a note.
     */
    @Transactional
    public ImportResult importBundle(BundleReader.Bundle bundle, Viewer importer) {
        // a copy: an import that collides with another is run again with the same bundle
        var problems = new Problems(bundle.problems());
        var policies = jdbc.sql("select version from grading_policy").query(Integer.class).set();
        for (var r : bundle.policyRefs()) {
            if (!policies.contains(r.name())) {
                problems.add(r.path(), "names no grading policy of this Dealtrace (it has versions "
                        + new TreeSet<>(policies) + ")");
            }
        }
        var known = resolve(bundle, problems);
        if (problems.any()) {
            throw problems.refusal();
        }
        return write(bundle, known, importer);
    }

    /** Parties and sources already in Dealtrace that the bundle names: by lower-cased party key and by address key. */
    private record Known(Map<String, Long> parties, Map<String, Long> sources) {

        Long party(String reference) {
            return parties.get(reference.toLowerCase(Locale.ROOT));
        }
    }

    private Known resolve(BundleReader.Bundle bundle, Problems problems) {
        var bundleParties = bundle.parties();
        var partyKeys = new LinkedHashSet<String>();
        for (var p : bundleParties.values()) {
            partyKeys.add(p.key());
            if (p.checkedName() != null) {
                partyKeys.add(p.checkedName().toLowerCase(Locale.ROOT));
            }
        }
        Stream.concat(bundle.partyRefs().stream(), bundle.publisherRefs().stream())
                .filter(r -> !bundleParties.containsKey(r.name()))
                .forEach(r -> partyKeys.add(r.name().toLowerCase(Locale.ROOT)));
        var parties = parties(partyKeys);
        for (var r : bundle.partyRefs()) {
            if (!bundleParties.containsKey(r.name()) && !parties.containsKey(r.name().toLowerCase(Locale.ROOT))) {
                problems.add(r.path(), "names no party in the bundle or in Dealtrace (by slug, name or alias)");
            }
        }
        for (var r : bundle.publisherRefs()) {
            if (!bundleParties.containsKey(r.name()) && !parties.containsKey(r.name().toLowerCase(Locale.ROOT))) {
                problems.add(r.path(), "names no party in the bundle or in Dealtrace (by slug, name or alias); "
                        + "leave it out to give the publisher by name only");
            }
        }
        var sourceKeys = bundle.sourceRefs().stream().map(BundleReader.Reference::name)
                .filter(k -> !bundle.sources().containsKey(k)).distinct().toList();
        Map<String, Long> sources = new HashMap<>();
        if (!sourceKeys.isEmpty()) {
            jdbc.sql("select url_key, id from source where url_key = any(cast(:keys as text[]))")
                    .param("keys", sourceKeys.toArray(String[]::new))
                    .query((RowCallbackHandler) rs -> sources.put(rs.getString(1), rs.getLong(2)));
        }
        for (var r : bundle.sourceRefs()) {
            if (!bundle.sources().containsKey(r.name()) && !sources.containsKey(r.name())) {
                problems.add(r.path(), "names no source in the bundle or in Dealtrace");
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

    /** The id of the party in Dealtrace that a bundle's party is: the same slug, else the same name or alias. */
    private static Long existing(Known known, Party party) {
        Long bySlug = known.party(party.key());
        return bySlug != null || party.checkedName() == null ? bySlug : known.party(party.checkedName());
    }

    private ImportResult write(BundleReader.Bundle bundle, Known known, Viewer importer) {
        Map<String, Party> parties = bundle.parties();
        Map<String, Source> sources = bundle.sources();
        Map<String, Long> partyIds = new HashMap<>();
        int createdParties = 0;
        var matchedParties = new ArrayList<ImportResult.Match>();
        for (var p : parties.values()) {
            String slug = p.key();
            Long id = existing(known, p);
            if (id == null) {
                // a concurrent import may insert the same party first: then this one uses it
                id = jdbc.sql("""
                                insert into party (slug, name, kind, country, website, aliases, description, position)
                                values (:slug, :name, :kind, :country, :website, :aliases, :description, :position)
                                on conflict (slug) do nothing returning id""")
                        .param("slug", slug).param("name", text(p.name())).param("kind", text(p.kind()))
                        .param("country", text(p.country())).param("website", text(p.website()))
                        .param("aliases", stored(p.aliases()))
                        .param("description", text(p.description())).param("position", text(p.position()))
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
            if (text(p.organisation()) != null && choice(PartyKind.class, p.kind()) == PartyKind.PERSON) {
                Long organisation = party.apply(text(p.organisation()));
                jdbc.sql("update party set organisation_id = :org where id = :id and organisation_id is null and :org <> id")
                        .param("org", organisation).param("id", partyIds.get(p.key())).update();
            }
        }
        Map<String, Long> sourceIds = new HashMap<>(known.sources());
        int createdSources = 0;
        int matchedSources = 0;
        for (var entry : sources.entrySet()) {
            var s = entry.getValue();
            String publisherParty = text(s.publisherParty());
            Long publisher = publisherParty == null ? null : party.apply(publisherParty);
            Long id = jdbc.sql("""
                            insert into source (title, publisher_id, publisher_name, publisher_kind, url, url_key, published_on,
                                                language, risk, summary, archive_url)
                            values (:title, :publisher, :publisherName, :kind, :url, :key, :publishedOn, :language, :risk,
                                    coalesce(:summary, ''), :archive)
                            on conflict (url_key) do nothing returning id""")
                    .param("title", text(s.title())).param("publisher", publisher).param("publisherName", text(s.publisher()))
                    .param("kind", text(s.publisherKind())).param("url", text(s.url()))
                    .param("key", entry.getKey()).param("publishedOn", BundleChecks.day(s.publishedOn()))
                    .param("language", Objects.requireNonNullElse(text(s.language()), "en")).param("risk", text(s.risk()))
                    .param("summary", text(s.summary())).param("archive", text(s.archiveUrl()))
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
        for (var d : bundle.deals()) {
            String slug = text(d.slug());
            // asked before the insert, so that the new deal does not find itself
            List<String> like = likeKnownDeals(d, party);
            Long inserted = insertDeal(d);
            if (inserted == null) {
                existing.add(slug);
                continue;
            }
            long dealId = inserted;
            int position = 1;
            for (var p : d.participants()) {
                jdbc.sql("""
                                insert into deal_participant (deal_id, party_id, role, note, position)
                                values (:deal, :party, :role, nullif(:note, ''), :position) on conflict do nothing""")
                        .param("deal", dealId).param("party", party.apply(text(p.party())))
                        .param("role", text(p.role())).param("note", Objects.toString(text(p.note()), ""))
                        .param("position", position++)
                        .update();
            }
            for (var t : d.translations()) {
                jdbc.sql("insert into deal_translation (deal_id, language, title, summary) values (:deal, :language, :title, :summary) on conflict do nothing")
                        .param("deal", dealId).param("language", text(t.language())).param("title", text(t.title()))
                        .param("summary", Objects.toString(text(t.summary()), ""))
                        .update();
            }
            Map<String, Long> caseIds = new HashMap<>();
            for (var c : d.cases()) {
                String caseSlug = Slugs.unique(text(c.slug()),
                        s -> jdbc.sql("select exists (select 1 from regulatory_case where slug = :s)").param("s", s).query(Boolean.class).single());
                long caseId = jdbc.sql("""
                                insert into regulatory_case (slug, deal_id, regulator_id, jurisdiction, reference, title, url, opened_on,
                                                             decided_on, status, outcome)
                                values (:slug, :deal, :regulator, :jurisdiction, :reference, :title, :url, :opened, :decided, :status, :outcome)
                                returning id""")
                        .param("slug", caseSlug).param("deal", dealId)
                        .param("regulator", party.apply(text(c.regulator())))
                        .param("jurisdiction", text(c.jurisdiction())).param("reference", text(c.reference()))
                        .param("title", text(c.title())).param("url", text(c.url()))
                        .param("opened", BundleChecks.day(c.openedOn())).param("decided", BundleChecks.day(c.decidedOn()))
                        .param("status", text(c.status())).param("outcome", text(c.outcome()))
                        .query(Long.class).single();
                caseIds.put(text(c.slug()), caseId);
                for (var p : c.phases()) {
                    var phase = choice(Phase.class, p.phase());
                    var started = BundleChecks.day(p.startedOn());
                    boolean remedies = Boolean.TRUE.equals(p.remedies());
                    jdbc.sql("""
                                    insert into case_phase (case_id, phase, started_on, remedies, deadline_on, decided_on)
                                    values (:case, :phase, :started, :remedies, :deadline, :decided)""")
                            .param("case", caseId).param("phase", phase.name()).param("started", started)
                            .param("remedies", remedies).param("deadline", clocks.deadline(phase, started, remedies))
                            .param("decided", BundleChecks.day(p.decidedOn()))
                            .update();
                }
            }
            var events = d.events();
            var eventIds = insertEvents(dealId, events, caseIds);
            var citations = new Citations(bundle.urlKeys(), sourceIds);
            for (int i = 0; i < events.size(); i++) {
                citations.add(eventIds.get(i), events.get(i).citations());
            }
            citations.add(null, d.citations());
            citations.insert(dealId);
            changeLog.record(ChangeEntity.DEAL, dealId, dealId, ChangeAction.CREATED, "Imported the deal from a bundle", List.of());
            for (var g : d.grades()) {
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
    private void importGrade(long dealId, Grade g, Viewer importer) {
        var score = g.score().setScale(2);
        String grade = ConfidenceBand.of(score).grade().code();
        String assessedBy = text(g.assessedBy());
        var assessedAt = text(g.assessedAt()) == null ? null : OffsetDateTime.parse(text(g.assessedAt()));
        long id = jdbc.sql("""
                        insert into confidence_assessment (deal_id, score, grade, rationale, assessed_by, imported,
                                                           bundle_assessed_by, bundle_assessed_at, policy_version,
                                                           suggested_score, status)
                        values (:deal, :score, :grade, :rationale, :by, true, :bundleBy, :bundleAt, :policy, :suggested,
                                -- with two-person grading on, an imported grade waits for a second admin like any other
                                (select case when two_person then 'PROPOSED' else 'CONFIRMED' end from grading_setting))
                        returning id""")
                .param("policy", g.policyVersion() == null ? null : g.policyVersion().intValue())
                .param("suggested", g.suggestedScore())
                .param("deal", dealId).param("score", score).param("grade", grade)
                .param("rationale", text(g.rationale())).param("by", importer.username())
                .param("bundleBy", assessedBy).param("bundleAt", assessedAt)
                .query(Long.class).single();
        changeLog.record(ChangeEntity.ASSESSMENT, id, dealId, ChangeAction.CREATED,
                "Imported a grade " + grade + " (" + score.toPlainString() + ") from a bundle",
                List.of(new FieldChange("Score", null, score.toPlainString()),
                        new FieldChange("Rationale", null, text(g.rationale())),
                        new FieldChange("Graded by, as the bundle says", null, assessedBy),
                        new FieldChange("Graded at, as the bundle says", null,
                                assessedAt == null ? null : assessedAt.toString())));
    }

    /** Known deals like this one of the bundle: a similar title, or the same parties (regulators and context aside) and month. */
    private List<String> likeKnownDeals(Deal deal, Function<String, Long> party) {
        var parties = deal.participants().stream()
                .filter(p -> !ParticipantRole.REGULATOR.name().equals(text(p.role()))
                        && !ParticipantRole.CONTEXT.name().equals(text(p.role())))
                .map(p -> partySlug(party.apply(text(p.party())))).toList();
        return deals.similar(text(deal.title()), parties, BundleChecks.day(deal.announcedOn()));
    }

    private String partySlug(long id) {
        return jdbc.sql("select slug from party where id = :id").param("id", id).query(String.class).single();
    }

    private Long insertDeal(Deal d) {
        return jdbc.sql("""
                        insert into deal (slug, title, type, status, announced_on, summary, amount, currency, amount_note, language,
                                          signal_type, region, market_class, category, primary_domain, topic, impact,
                                          operational_relevance, time_horizon, operating_surface, watch_items, visibility, state)
                        values (:slug, :title, :type, :status, :announcedOn, coalesce(:summary, ''), :amount, :currency, :amountNote,
                                :language, :signalType, :region, :marketClass, :category, :primaryDomain, :topic, :impact,
                                :operationalRelevance, :timeHorizon, :operatingSurface, :watchItems, :visibility, :state)
                        on conflict (slug) do nothing returning id""")
                .param("slug", text(d.slug())).param("title", text(d.title())).param("type", text(d.type()))
                .param("status", text(d.status())).param("announcedOn", BundleChecks.day(d.announcedOn()))
                .param("summary", text(d.summary()))
                .param("amount", d.amount()).param("currency", text(d.currency())).param("amountNote", text(d.amountNote()))
                .param("language", Objects.requireNonNullElse(text(d.language()), "en"))
                .param("signalType", text(d.signalType())).param("region", text(d.region()))
                .param("marketClass", text(d.marketClass())).param("category", text(d.category()))
                .param("primaryDomain", text(d.primaryDomain())).param("topic", text(d.topic()))
                .param("impact", text(d.impact()))
                .param("operationalRelevance", text(d.operationalRelevance())).param("timeHorizon", text(d.timeHorizon()))
                .param("operatingSurface", stored(d.operatingSurface()))
                .param("watchItems", stored(d.watchItems()))
                .param("visibility", Objects.requireNonNullElse(text(d.visibility()), Visibility.PUBLIC.name()))
                .param("state", Objects.requireNonNullElse(text(d.state()), PublicationState.DRAFT.name()))
                .query(Long.class).optional().orElse(null);
    }

    /** A list of strings as stored: stripped, the blank ones left out. */
    private static String[] stored(List<String> values) {
        return values.stream().map(String::strip).filter(v -> !v.isEmpty()).toArray(String[]::new);
    }

    /**
     * A deal's events in one statement (their ids drawn first, in the bundle's order), so that the triggers that keep
     * the deal's sort keys run once for the deal, not once an event: row by row, a deal of 6,000 events recounted
     * its events 6,000 times.
     */
    private List<Long> insertEvents(long dealId, List<Event> events, Map<String, Long> caseIds) {
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
            var precision = choice(DatePrecision.class, e.precision());
            var date = new PartialDate(BundleChecks.day(e.date()), precision == null ? DatePrecision.DAY : precision);
            dates[i] = date.date().toString();
            precisions[i] = date.precision().name();
            kinds[i] = text(e.kind());
            titles[i] = text(e.title());
            descriptions[i] = text(e.description());
            cases[i] = text(e.caseSlug()) == null ? null : caseIds.get(text(e.caseSlug()));
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
        private final Map<String, String> urlKeys;
        private final Map<String, Long> sourceIds;

        Citations(Map<String, String> urlKeys, Map<String, Long> sourceIds) {
            this.urlKeys = urlKeys;
            this.sourceIds = sourceIds;
        }

        void add(Long eventId, List<Citation> citations) {
            for (var c : citations) {
                sources.add(sourceIds.get(urlKeys.get(c.url())));
                events.add(eventId);
                stances.add(Objects.requireNonNullElse(text(c.stance()), Stance.SUPPORTS.name()));
                quotes.add(text(c.quote()));
                locators.add(text(c.locator()));
                notes.add(text(c.note()));
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
}
