package com.dealtrace.badinput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import tools.jackson.databind.json.JsonMapper;

/** Bundle bodies for the import page and the API: a valid bundle with one value made bad, or no JSON at all. */
final class Bundles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Where a bad value goes: a path of keys and list indexes into the bundle. */
    private static final List<List<Object>> PATHS = List.of(
            List.of("format"), List.of("version"),
            List.of("parties", 0, "name"), List.of("parties", 0, "slug"), List.of("parties", 0, "kind"),
            List.of("parties", 0, "website"), List.of("parties", 0, "description"), List.of("parties", 0, "country"),
            List.of("sources", 0, "url"), List.of("sources", 0, "title"), List.of("sources", 0, "publisher"),
            List.of("sources", 0, "publishedOn"), List.of("sources", 0, "risk"), List.of("sources", 0, "summary"),
            List.of("sources", 0, "archiveUrl"),
            List.of("deals", 0, "slug"), List.of("deals", 0, "title"), List.of("deals", 0, "type"),
            List.of("deals", 0, "status"), List.of("deals", 0, "announcedOn"), List.of("deals", 0, "summary"),
            List.of("deals", 0, "amount"), List.of("deals", 0, "currency"), List.of("deals", 0, "region"),
            List.of("deals", 0, "participants", 0, "note"), List.of("deals", 0, "participants", 0, "role"),
            List.of("deals", 0, "events", 0, "date"), List.of("deals", 0, "events", 0, "title"),
            List.of("deals", 0, "events", 0, "description"), List.of("deals", 0, "grades", 0, "score"),
            List.of("deals", 0, "grades", 0, "rationale"), List.of("deals", 0, "grades", 0, "assessedAt"));

    private Bundles() {
    }

    record Attack(List<Object> path, Object value, String slug, String body) {

        @Override
        public String toString() {
            String shown = body.length() > 300 ? body.substring(0, 300) + "… (" + body.length() + " chars)" : body;
            return path + " = " + shown;
        }
    }

    static Map<String, Object> valid(String n) {
        var party = new LinkedHashMap<String, Object>(Map.of("slug", "bi-party-" + n, "name", "Bad input party " + n,
                "kind", "COMPANY"));
        var source = new LinkedHashMap<String, Object>(Map.of("url", "https://example.org/bad-input-bundle/" + n,
                "title", "Bad input source", "publisher", "Publisher", "publisherKind", "BLOG", "risk", "HIGH"));
        var deal = new LinkedHashMap<String, Object>();
        deal.put("slug", "bi-deal-" + n);
        deal.put("title", "Bad input bundle " + n);
        deal.put("type", "PARTNERSHIP");
        deal.put("status", "ACTIVE");
        deal.put("announcedOn", "2024-01-01");
        deal.put("summary", "Summary");
        deal.put("amount", new BigDecimal("1000.50"));
        deal.put("currency", "EUR");
        deal.put("participants", new ArrayList<>(List.of(new LinkedHashMap<String, Object>(
                Map.of("party", "bi-party-" + n, "role", "PARTNER")))));
        deal.put("events", new ArrayList<>(List.of(new LinkedHashMap<String, Object>(Map.of("date", "2024-01-02",
                "kind", "FUNDING", "title", "Event", "citations", List.of(Map.of("url",
                        "https://example.org/bad-input-bundle/" + n)))))));
        deal.put("grades", new ArrayList<>(List.of(new LinkedHashMap<String, Object>(
                Map.of("score", new BigDecimal("0.50"), "rationale", "Rationale")))));
        var bundle = new LinkedHashMap<String, Object>();
        bundle.put("format", "dealtrace-bundle");
        bundle.put("version", 1);
        bundle.put("parties", new ArrayList<>(List.of(party)));
        bundle.put("sources", new ArrayList<>(List.of(source)));
        bundle.put("deals", new ArrayList<>(List.of(deal)));
        return bundle;
    }

    /** Any JSON value that is wrong somewhere: bad text, wrong types, numbers out of range. */
    static Arbitrary<Object> badValues() {
        return Arbitraries.oneOf(BadInput.anything().map(v -> (Object) v),
                Arbitraries.of(BadInput.NUMBERS).filter(v -> v.matches("-?[0-9.]+([eE]-?[0-9]{1,9})?"))
                        .map(v -> (Object) new BigDecimal(v)),
                Arbitraries.of(true, false, 0, -1, Long.MAX_VALUE, Double.MAX_VALUE, List.of(), List.of("x"), Map.of(),
                        Map.of("a", 1)).map(v -> (Object) v),
                Arbitraries.just(null));
    }

    @SuppressWarnings("unchecked")
    static Arbitrary<Attack> attacks() {
        return Arbitraries.of(PATHS).flatMap(path -> badValues().map(value -> {
            String n = String.valueOf(BadInputApp.unique());
            Map<String, Object> bundle = valid(n);
            Object node = bundle;
            for (int i = 0; i < path.size() - 1; i++) {
                Object key = path.get(i);
                node = key instanceof Integer index ? ((List<Object>) node).get(index) : ((Map<String, Object>) node).get(key);
            }
            ((Map<String, Object>) node).put((String) path.get(path.size() - 1), value);
            return new Attack(path, value, "bi-deal-" + n, JSON.writeValueAsString(bundle));
        }));
    }

    /** Whole bodies: attacked bundles, and text that is no bundle or no JSON at all. */
    static Arbitrary<String> bodies() {
        return Arbitraries.oneOf(attacks().map(Attack::body), BadInput.text(),
                Arbitraries.integers().between(1, 5_000).map(n -> "[".repeat(n) + "]".repeat(n)),
                Arbitraries.integers().between(1, 5_000).map(n -> "{\"a\":".repeat(n) + "1" + "}".repeat(n)),
                Arbitraries.of("", "null", "[]", "{}", "1", "\"x\"", "{\"format\":", "{\"format\": \"dealtrace-bundle\"}",
                        "{\"format\":\"dealtrace-bundle\",\"version\":1,\"deals\":[]}", "\uFEFF{}",
                        "{\"deals\": [1e999999999]}", "{\"version\": 1" + "0".repeat(2_000) + "}"),
                attacks().map(a -> a.body().substring(0, a.body().length() / 2)));
    }
}
