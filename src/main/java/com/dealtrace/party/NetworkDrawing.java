package com.dealtrace.party;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A party's network, laid out in Java so the template only draws: the party in the middle, the parties it shares a
 * deal with on an inner ring, the parties those share other deals with on an outer ring, each edge labelled with the
 * types of the deals behind it. The layout depends only on the data (rings sorted by name), so it never moves.
 */
public record NetworkDrawing(int minX, int minY, int width, int height, List<Node> nodes, List<Edge> edges,
        boolean cut) {

    static final int SIZE = 760;
    static final int MAX_NODES = 36;

    /** A party on the drawing; {@code ring} 0 is the centre. */
    public record Node(String slug, String name, PartyKind kind, int ring, int x, int y) {
    }

    /** Deals between two parties, labelled by their types. */
    public record Edge(int x1, int y1, int x2, int y2, int labelX, int labelY, List<DealType> types, boolean context) {

        /** The types in plain lower-case English, for logs and tests; pages show {@code @fmt.labels(types)}. */
        public String label() {
            return types.stream().map(t -> t.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .collect(Collectors.joining(", "));
        }
    }

    /** One party's part in one deal, as the query returns it. */
    record Link(long dealId, String dealType, String slug, String name, PartyKind kind, boolean context) {
    }

    static NetworkDrawing of(String centre, List<Link> links) {
        Map<Long, List<Link>> byDeal = new LinkedHashMap<>();
        links.forEach(l -> byDeal.computeIfAbsent(l.dealId(), id -> new ArrayList<>()).add(l));
        Map<String, Link> parties = new LinkedHashMap<>();
        links.forEach(l -> parties.putIfAbsent(l.slug(), l));
        if (!parties.containsKey(centre)) {
            return new NetworkDrawing(0, 0, SIZE, SIZE, List.of(), List.of(), false);
        }
        // breadth first, two steps: who reached whom, through which deals
        Map<String, Integer> ring = new LinkedHashMap<>();
        Map<String, String> parent = new LinkedHashMap<>();
        Map<String, TreeSet<String>> types = new LinkedHashMap<>();
        Map<String, Boolean> contextOnly = new LinkedHashMap<>();
        ring.put(centre, 0);
        for (int step = 1; step <= 2; step++) {
            int from = step - 1;
            var frontier = ring.entrySet().stream().filter(e -> e.getValue() == from).map(Map.Entry::getKey)
                    .sorted().toList();
            for (String slug : frontier) {
                for (var deal : byDeal.values()) {
                    var here = deal.stream().filter(l -> l.slug().equals(slug)).findFirst();
                    if (here.isEmpty()) {
                        continue;
                    }
                    for (var other : deal) {
                        if (ring.containsKey(other.slug()) && ring.get(other.slug()) < step) {
                            continue;
                        }
                        if (!ring.containsKey(other.slug())) {
                            if (ring.size() >= MAX_NODES) {
                                continue;
                            }
                            ring.put(other.slug(), step);
                            parent.put(other.slug(), slug);
                        }
                        if (slug.equals(parent.get(other.slug()))) {
                            types.computeIfAbsent(other.slug(), s -> new TreeSet<>()).add(other.dealType());
                            boolean context = other.context() || here.get().context();
                            contextOnly.merge(other.slug(), context, Boolean::logicalAnd);
                        }
                    }
                }
            }
        }
        int centreXY = SIZE / 2;
        Map<String, Node> nodes = new LinkedHashMap<>();
        var centreParty = parties.get(centre);
        nodes.put(centre, new Node(centre, centreParty.name(), centreParty.kind(), 0, centreXY, centreXY));
        var inner = ring.entrySet().stream().filter(e -> e.getValue() == 1).map(Map.Entry::getKey)
                .sorted(Comparator.comparing(s -> parties.get(s).name())).toList();
        Map<String, Double> angles = new LinkedHashMap<>();
        for (int i = 0; i < inner.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / inner.size();
            angles.put(inner.get(i), angle);
            nodes.put(inner.get(i), node(parties.get(inner.get(i)), 1, angle, 170));
        }
        var outer = ring.entrySet().stream().filter(e -> e.getValue() == 2).map(Map.Entry::getKey)
                .sorted(Comparator.comparing((String s) -> angles.get(parent.get(s))).thenComparing(s -> parties.get(s).name()))
                .toList();
        for (int i = 0; i < outer.size(); i++) {
            double spread = 2 * Math.PI / Math.max(outer.size(), 1);
            double angle = angles.get(parent.get(outer.get(i))) + (i - (outer.size() - 1) / 2.0) * Math.min(spread, 0.5) * 0.6;
            nodes.put(outer.get(i), node(parties.get(outer.get(i)), 2, angle, 320));
        }
        List<Edge> edges = new ArrayList<>();
        for (var entry : parent.entrySet()) {
            var a = nodes.get(entry.getValue());
            var b = nodes.get(entry.getKey());
            edges.add(new Edge(a.x(), a.y(), b.x(), b.y(), (a.x() + b.x()) / 2, (a.y() + b.y()) / 2,
                    types.getOrDefault(entry.getKey(), new TreeSet<>()).stream().map(DealType::valueOf).toList(),
                    contextOnly.getOrDefault(entry.getKey(), false)));
        }
        // the view box fits the nodes, with room for their names
        int minX = nodes.values().stream().mapToInt(Node::x).min().orElse(0) - 110;
        int maxX = nodes.values().stream().mapToInt(Node::x).max().orElse(SIZE) + 110;
        int minY = nodes.values().stream().mapToInt(Node::y).min().orElse(0) - 30;
        int maxY = nodes.values().stream().mapToInt(Node::y).max().orElse(SIZE) + 40;
        return new NetworkDrawing(minX, minY, maxX - minX, maxY - minY, List.copyOf(nodes.values()), edges,
                ring.size() >= MAX_NODES);
    }

    private static Node node(Link party, int ring, double angle, int radius) {
        int x = SIZE / 2 + (int) Math.round(radius * Math.cos(angle));
        int y = SIZE / 2 + (int) Math.round(radius * Math.sin(angle));
        return new Node(party.slug(), party.name(), party.kind(), ring, x, y);
    }
}
