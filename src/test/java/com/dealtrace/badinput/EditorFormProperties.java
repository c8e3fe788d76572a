package com.dealtrace.badinput;

import static com.dealtrace.badinput.Form.other;
import static com.dealtrace.badinput.Form.text;
import static com.dealtrace.badinput.Form.url;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.dealtrace.support.As;
import com.dealtrace.support.RowsAdded;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/** The editors' forms (deal, event with citations, source, party, case) under thousands of bad values. */
class EditorFormProperties {

    private static final String DEAL = "microsoft-mistral-ai-partnership";

    private final BadInputApp app = BadInputApp.get();
    private RowsAdded rows;

    @BeforeProperty
    void noteTheNewestRows() {
        rows = new RowsAdded(app.jdbc);
    }

    @AfterProperty
    void removeWhatTheTriesSaved() {
        rows.remove();
    }

    @AfterContainer
    static void reportTries() {
        BadInputApp.reportTries();
    }

    private static final List<Form.Field> DEAL_FIELDS = List.of(
            text("title", "title", 300), text("summary", "summary", 20_000), text("amountNote", "amount_note", 300),
            text("signalType", "signal_type", 300), text("region", "region", 300),
            text("marketClass", "market_class", 300), text("category", "category", 300),
            text("primaryDomain", "primary_domain", 300), text("topic", "topic", 300),
            text("operatingSurface", null, 5_000), text("watchItems", null, 5_000),
            other("amount", BadInput.numbers()), other("currency", BadInput.enums()),
            other("language", BadInput.enums()), other("announcedOn", BadInput.dates()),
            other("type", BadInput.enums()), other("status", BadInput.enums()), other("visibility", BadInput.enums()),
            other("impact", BadInput.enums()), other("timeHorizon", BadInput.enums()),
            other("participants[0].party", BadInput.text()), other("participants[0].role", BadInput.enums()),
            text("participants[0].note", null, 500), other("translations[0].language", BadInput.enums()),
            text("translations[0].title", null, 300), text("translations[0].summary", null, 20_000));

    private static Map<String, String> validDeal() {
        return new HashMap<>(Map.ofEntries(Map.entry("title", "Bad input deal"), Map.entry("type", "INVESTMENT"),
                Map.entry("status", "RUMOURED"), Map.entry("visibility", "PUBLIC"), Map.entry("language", "en"),
                Map.entry("amount", "1000"), Map.entry("currency", "EUR"),
                Map.entry("participants[0].party", "mistral-ai"), Map.entry("participants[0].role", "INVESTEE"),
                Map.entry("translations[0].language", "es"), Map.entry("translations[0].title", "Título"),
                Map.entry("saveAnyway", "true")));
    }

    private static final Form NEW_DEAL = new Form("POST /deals/new", As.EDITOR, "/deals/new", "deal",
            EditorFormProperties::validDeal, DEAL_FIELDS);

    @Property(tries = 600)
    void aNewDealRefusesBadInputBesideItsFieldOrStoresItAsSent(@ForAll("newDeal") Form.Attack attack) {
        NEW_DEAL.check(attack);
    }

    @Provide
    Arbitrary<Form.Attack> newDeal() {
        return NEW_DEAL.attacks();
    }

    private static final Form NEW_EVENT = new Form("POST /deals/{slug}/events/new", As.EDITOR,
            "/deals/" + DEAL + "/events/new", "event", EditorFormProperties::validEvent, List.of(
            other("occurredOn", BadInput.dates()), other("precision", BadInput.enums()),
            other("kind", BadInput.enums()), text("title", "title", 300), text("description", "description", 10_000),
            other("regulatoryCase", BadInput.text()), other("citations[0].source", BadInput.numbers()),
            other("citations[1].source", BadInput.numbers()), text("citations[0].quote", null, 2_000),
            text("citations[0].locator", null, 300), text("citations[0].note", null, 1_000)));

    private static Map<String, String> validEvent() {
        long source = BadInputApp.get().jdbc.sql("select min(id) from source").query(Long.class).single();
        return new HashMap<>(Map.of("occurredOn", "2024-01-15", "precision", "DAY", "kind", "STATEMENT",
                "title", "Bad input event", "citations[0].source", String.valueOf(source), "citations[0].quote", "q"));
    }

    @Property(tries = 400)
    void aNewEventWithCitationsRefusesBadInputBesideItsFieldOrStoresItAsSent(@ForAll("newEvent") Form.Attack attack) {
        NEW_EVENT.check(attack);
    }

    @Provide
    Arbitrary<Form.Attack> newEvent() {
        return NEW_EVENT.attacks();
    }

    private static final Form NEW_SOURCE = new Form("POST /sources/new", As.EDITOR, "/sources/new", "source",
            () -> new HashMap<>(Map.of("url", "https://example.org/bad-input/" + BadInputApp.unique(),
                    "title", "Bad input source", "publisherName", "Publisher", "publisherKind", "BLOG",
                    "risk", "HIGH", "language", "en", "saveAnyway", "true")), List.of(
            url("url", "url", 2_000), text("title", "title", 500), text("publisherName", "publisher_name", 200),
            other("publisherParty", BadInput.text()), other("publisherKind", BadInput.enums()),
            other("publishedOn", BadInput.dates()), other("language", BadInput.enums()),
            other("risk", BadInput.enums()), text("summary", "summary", 1_000), text("notes", "notes", 10_000),
            url("archiveUrl", "archive_url", 2_000)));

    @Property(tries = 400)
    void aNewSourceRefusesBadInputBesideItsFieldOrStoresItAsSent(@ForAll("newSource") Form.Attack attack) {
        NEW_SOURCE.check(attack);
    }

    @Provide
    Arbitrary<Form.Attack> newSource() {
        return NEW_SOURCE.attacks();
    }

    private static final Form NEW_PARTY = new Form("POST /parties/new", As.EDITOR, "/parties/new", "party",
            () -> new HashMap<>(Map.of("name", "Bad input party", "kind", "COMPANY", "saveAnyway", "true")), List.of(
            text("name", "name", 200), other("kind", BadInput.enums()), other("country", BadInput.enums()),
            url("website", "website", 500), text("aliases", null, 1_000), text("description", "description", 5_000),
            other("organisation", BadInput.text()), text("position", null, 200)));

    @Property(tries = 300)
    void aNewPartyRefusesBadInputBesideItsFieldOrStoresItAsSent(@ForAll("newParty") Form.Attack attack) {
        NEW_PARTY.check(attack);
    }

    @Provide
    Arbitrary<Form.Attack> newParty() {
        return NEW_PARTY.attacks();
    }

    private static final Form NEW_CASE = new Form("POST /cases/new", As.EDITOR, "/cases/new", "regulatory_case",
            () -> new HashMap<>(Map.of("deal", DEAL, "regulator", "european-commission", "jurisdiction", "EU",
                    "title", "Bad input case", "status", "OPEN", "openedOn", "2025-01-10")), List.of(
            other("deal", BadInput.text()), other("regulator", BadInput.text()),
            other("jurisdiction", BadInput.enums()), text("reference", "reference", 100),
            text("title", "title", 300), url("url", "url", 2_000), other("openedOn", BadInput.dates()),
            other("decidedOn", BadInput.dates()), other("status", BadInput.enums()),
            other("outcome", BadInput.enums())));

    @Property(tries = 300)
    void aNewCaseRefusesBadInputBesideItsFieldOrStoresItAsSent(@ForAll("newCase") Form.Attack attack) {
        NEW_CASE.check(attack);
    }

    @Provide
    Arbitrary<Form.Attack> newCase() {
        return NEW_CASE.attacks();
    }

    private static final Form NEW_PHASE = new Form("POST /cases/{slug}/phases/new", As.EDITOR,
            "/cases/ec-microsoft-mistral-ai-monitoring/phases/new", "case_phase",
            () -> new HashMap<>(Map.of("phase", "EC_PHASE_1", "startedOn", "2025-01-10")), List.of(
            other("phase", BadInput.enums()), other("startedOn", BadInput.dates()), other("decidedOn", BadInput.dates()),
            other("remedies", BadInput.enums())));

    @Property(tries = 200)
    void aNewPhaseRefusesBadInputBesideItsFieldOrStoresIt(@ForAll("newPhase") Form.Attack attack) {
        NEW_PHASE.check(attack);
    }

    @Provide
    Arbitrary<Form.Attack> newPhase() {
        return NEW_PHASE.attacks();
    }

    /** Resolving a watch item takes one of its deal's events: anything else is refused (422), never a 5xx. */
    @Property(tries = 150)
    void resolvingAWatchItemRefusesAnythingButAnEventOfItsDeal(@ForAll("eventValues") String event) {
        BadInputApp.tried("POST /deals/{slug}/watch/{id}/resolve");
        long item = app.jdbc.sql("select min(id) from watch_item where deal_id = (select id from deal where slug = :slug)")
                .param("slug", DEAL).query(Long.class).single();
        app.jdbc.sql("update watch_item set state = 'OPEN', resolved_by_event_id = null where id = :id").param("id", item).update();

        var result = app.post(As.EDITOR, "/deals/" + DEAL + "/watch/" + item + "/resolve", Map.of("event", event));

        BadInputApp.noServerError(result);
        org.assertj.core.api.Assertions.assertThat(result.getResponse().getStatus()).isIn(302, 422);
        Form.noRawMarkup(BadInputApp.body(result), event);
        app.jdbc.sql("update watch_item set state = 'OPEN', resolved_by_event_id = null where id = :id").param("id", item).update();
    }

    @Provide
    Arbitrary<String> eventValues() {
        return Arbitraries.oneOf(BadInput.anything(), BadInput.pages(), Arbitraries.of("1", "-1", "9".repeat(19)));
    }

    /** The deal editor on a deal saved again and again: the form carries the version it was opened on. */
    @Property(tries = 200)
    void editingADealRefusesBadInputBesideItsFieldOrStoresItAsSent(@ForAll("editDeal") Form.Attack attack) {
        String slug = app.jdbc.sql("select slug from deal where title = 'Deal under edit' order by id desc limit 1")
                .query(String.class).optional().orElseGet(() -> {
                    app.post(As.EDITOR, "/deals/new", Map.of("title", "Deal under edit", "type", "PARTNERSHIP",
                            "status", "ACTIVE", "visibility", "PUBLIC", "language", "en", "saveAnyway", "true"));
                    return app.jdbc.sql("select slug from deal where title = 'Deal under edit'").query(String.class).single();
                });
        int version = app.jdbc.sql("select version from deal where slug = :slug").param("slug", slug)
                .query(Integer.class).single();
        var form = new Form("POST /deals/{slug}/edit", As.EDITOR, "/deals/" + slug + "/edit", "deal", () -> {
            var valid = validDeal();
            valid.put("title", "Deal under edit");
            valid.put("version", String.valueOf(version));
            return valid;
        }, DEAL_FIELDS);
        form.checkEdit(attack, "slug", slug);
    }

    @Provide
    Arbitrary<Form.Attack> editDeal() {
        return Arbitraries.of(DEAL_FIELDS).filter(f -> !f.name().equals("title"))
                .flatMap(field -> field.values().map(value -> new Form.Attack(field, value)));
    }
}
