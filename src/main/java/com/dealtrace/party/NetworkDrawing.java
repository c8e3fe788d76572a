package com.dealtrace.party;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.dealtrace.web.LabelBox;

/**
 * A party's network, laid out in Java so the template only draws: the party in the middle, the parties it shares a
 * deal with on an inner ring, the parties those share other deals with on an outer ring. Each line names the deals
 * behind it and is labelled with their types, or "reviews" where one end is a regulator of the deal. Names and line
 * labels are placed one by one where they cover no other label and no party (the first free spot among a few around
 * it); one that finds no room becomes a number, listed under the drawing. The layout depends only on the data
 * (rings sorted by name), so it never moves.
 */
public record NetworkDrawing(int minX, int minY, int width, int height, List<Node> nodes, List<Edge> edges,
        List<Numbered> legend, boolean cut) {

    static final int SIZE = 760;
    static final int MAX_NODES = 36;
    static final double NAME_FONT = 13;
    static final double EDGE_FONT = 11;

    /** A party on the drawing; {@code ring} 0 is the centre; {@code placed} is its name (or number) where drawn. */
    public record Node(String slug, String name, PartyKind kind, int ring, int x, int y, int r, Label placed) {
    }

    /** A deal behind a line. */
    public record DealLink(String slug, String title) {
    }

    /**
     * Deals between two parties, labelled by their types ({@code text}, in the reader's language), or a regulator's
     * review of them ({@code reviews}).
     */
    public record Edge(String from, String to, String fromName, String toName, int x1, int y1, int x2, int y2, List<DealType> types, List<DealLink> deals,
            boolean context, boolean reviews, String text, Label placed) {

        /** The types in plain lower-case English, for logs and tests; pages show {@code text}. */
        public String label() {
            return types.stream().map(t -> t.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .collect(Collectors.joining(", "));
        }
    }

    /** Text placed on the drawing, its baseline starting at (x, y); {@code number} when it stands for a legend entry. */
    public record Label(int x, int y, String text, boolean number) {
    }

    /** A name or line label that found no room: its number on the drawing and what it stands for. */
    public record Numbered(int number, String text) {
    }

    /** One party's part in one deal, as the query returns it. */
    record Link(long dealId, String dealType, String slug, String name, PartyKind kind, boolean context,
            String dealSlug, String dealTitle, boolean regulator) {

        Link(long dealId, String dealType, String slug, String name, PartyKind kind, boolean context) {
            this(dealId, dealType, slug, name, kind, context, "deal-" + dealId, "Deal " + dealId, false);
        }
    }

    /** The words the layout needs in the reader's language: the deal types of a line, and "reviews". */
    record Words(Function<List<DealType>, String> types, String reviews) {

        static final Words ENGLISH = new Words(types -> types.stream()
                .map(t -> t.name().toLowerCase(Locale.ROOT).replace('_', ' ')).collect(Collectors.joining(", ")),
                "reviews");
    }

    static NetworkDrawing of(String centre, List<Link> links) {
        return of(centre, links, Words.ENGLISH);
    }

    static NetworkDrawing of(String centre, List<Link> links, Words words) {
        Map<Long, List<Link>> byDeal = new LinkedHashMap<>();
        links.forEach(l -> byDeal.computeIfAbsent(l.dealId(), id -> new ArrayList<>()).add(l));
        Map<String, Link> parties = new LinkedHashMap<>();
        links.forEach(l -> parties.putIfAbsent(l.slug(), l));
        if (!parties.containsKey(centre)) {
            return new NetworkDrawing(0, 0, SIZE, SIZE, List.of(), List.of(), List.of(), false);
        }
        // breadth first, two steps: who reached whom, through which deals
        Map<String, Integer> ring = new LinkedHashMap<>();
        Map<String, String> parent = new LinkedHashMap<>();
        Map<String, TreeSet<String>> types = new LinkedHashMap<>();
        Map<String, Map<String, DealLink>> deals = new LinkedHashMap<>();
        Map<String, Boolean> contextOnly = new LinkedHashMap<>();
        Map<String, Boolean> reviewOnly = new LinkedHashMap<>();
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
                            deals.computeIfAbsent(other.slug(), s -> new LinkedHashMap<>())
                                    .putIfAbsent(other.dealSlug(), new DealLink(other.dealSlug(), other.dealTitle()));
                            boolean context = other.context() || here.get().context();
                            contextOnly.merge(other.slug(), context, Boolean::logicalAnd);
                            boolean reviews = other.regulator() || here.get().regulator();
                            reviewOnly.merge(other.slug(), reviews, Boolean::logicalAnd);
                        }
                    }
                }
            }
        }
        int centreXY = SIZE / 2;
        Map<String, Node> nodes = new LinkedHashMap<>();
        var centreParty = parties.get(centre);
        nodes.put(centre, new Node(centre, centreParty.name(), centreParty.kind(), 0, centreXY, centreXY, 14, null));
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
            var dealTypes = types.getOrDefault(entry.getKey(), new TreeSet<>()).stream().map(DealType::valueOf).toList();
            boolean reviews = reviewOnly.getOrDefault(entry.getKey(), false);
            edges.add(new Edge(a.slug(), b.slug(), a.name(), b.name(), a.x(), a.y(), b.x(), b.y(), dealTypes,
                    List.copyOf(deals.getOrDefault(entry.getKey(), new LinkedHashMap<>()).values()),
                    contextOnly.getOrDefault(entry.getKey(), false), reviews,
                    reviews ? words.reviews() : words.types().apply(dealTypes), null));
        }
        return placeLabels(List.copyOf(nodes.values()), edges, ring.size() >= MAX_NODES);
    }

    /**
     * Names first (the centre's, then the inner ring's, then the outer's), then line labels, each at the first spot
     * among its candidates that covers no party and no label already placed.
     */
    private static NetworkDrawing placeLabels(List<Node> nodes, List<Edge> edges, boolean cut) {
        List<LabelBox> taken = new ArrayList<>();
        for (var n : nodes) {
            taken.add(new LabelBox(n.x() - n.r() - 2, n.y() - n.r() - 2, 2 * n.r() + 4, 2 * n.r() + 4));
        }
        List<Numbered> legend = new ArrayList<>();
        List<Node> placedNodes = new ArrayList<>();
        for (var n : nodes) {
            var label = place(nodeSpots(n, LabelBox.width(n.name(), NAME_FONT)), n.name(), NAME_FONT, taken);
            if (label == null) {
                String number = String.valueOf(legend.size() + 1);
                label = place(nodeSpots(n, LabelBox.width(number, NAME_FONT)), number, NAME_FONT, taken);
                if (label != null) {
                    label = new Label(label.x(), label.y(), number, true);
                    legend.add(new Numbered(legend.size() + 1, n.name()));
                }
            }
            placedNodes.add(new Node(n.slug(), n.name(), n.kind(), n.ring(), n.x(), n.y(), n.r(), label));
        }
        List<Edge> placedEdges = new ArrayList<>();
        for (var e : edges) {
            var label = place(edgeSpots(e, LabelBox.width(e.text(), EDGE_FONT)), e.text(), EDGE_FONT, taken);
            if (label == null) {
                String number = String.valueOf(legend.size() + 1);
                label = place(edgeSpots(e, LabelBox.width(number, EDGE_FONT)), number, EDGE_FONT, taken);
                if (label != null) {
                    label = new Label(label.x(), label.y(), number, true);
                    legend.add(new Numbered(legend.size() + 1, e.fromName() + " — " + e.toName() + ": " + e.text()));
                }
            }
            placedEdges.add(new Edge(e.from(), e.to(), e.fromName(), e.toName(), e.x1(), e.y1(), e.x2(), e.y2(), e.types(), e.deals(), e.context(),
                    e.reviews(), e.text(), label));
        }
        // the view box fits the parties and every label
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (var box : taken) {
            minX = Math.min(minX, box.x());
            minY = Math.min(minY, box.y());
            maxX = Math.max(maxX, box.right());
            maxY = Math.max(maxY, box.bottom());
        }
        int x0 = (int) Math.floor(minX) - 8;
        int y0 = (int) Math.floor(minY) - 8;
        return new NetworkDrawing(x0, y0, (int) Math.ceil(maxX) + 8 - x0, (int) Math.ceil(maxY) + 8 - y0,
                placedNodes, placedEdges, legend, cut);
    }

    /** The first free spot's label, its box added to {@code taken}; null when none is free. */
    private static Label place(List<double[]> spots, String text, double font, List<LabelBox> taken) {
        for (double[] spot : spots) {
            var box = LabelBox.ofText(text, spot[0], spot[1], font);
            if (taken.stream().noneMatch(box::overlaps)) {
                taken.add(box);
                return new Label((int) Math.round(spot[0]), (int) Math.round(spot[1]), text, false);
            }
        }
        return null;
    }

    /** Where a name may go, nearest first: under, over, right and left of its party, then a step further out. */
    private static List<double[]> nodeSpots(Node n, double width) {
        List<double[]> spots = new ArrayList<>();
        // round so that the box tested is the box drawn
        for (int step = 0; step < 4; step++) {
            int d = step * 14;
            spots.add(new double[] {Math.round(n.x() - width / 2), n.y() + n.r() + 14 + d});
            spots.add(new double[] {Math.round(n.x() - width / 2), n.y() - n.r() - 6 - d});
            spots.add(new double[] {n.x() + n.r() + 4 + d, n.y() + 5});
            spots.add(new double[] {Math.round(n.x() - n.r() - 4 - d - width), n.y() + 5});
            spots.add(new double[] {n.x() + n.r() + 4, n.y() + 5 + 14 * (step + 1)});
            spots.add(new double[] {Math.round(n.x() - n.r() - 4 - width), n.y() + 5 - 14 * (step + 1)});
        }
        return spots;
    }

    /** Where a line's label may go: along the line from its middle outwards, just over or under it. */
    private static List<double[]> edgeSpots(Edge e, double width) {
        List<double[]> spots = new ArrayList<>();
        for (double t : new double[] {0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78}) {
            double x = e.x1() + (e.x2() - e.x1()) * t;
            double y = e.y1() + (e.y2() - e.y1()) * t;
            spots.add(new double[] {Math.round(x - width / 2), Math.round(y - 4)});
            spots.add(new double[] {Math.round(x - width / 2), Math.round(y + 13)});
        }
        return spots;
    }

    private static Node node(Link party, int ring, double angle, int radius) {
        int x = SIZE / 2 + (int) Math.round(radius * Math.cos(angle));
        int y = SIZE / 2 + (int) Math.round(radius * Math.sin(angle));
        return new Node(party.slug(), party.name(), party.kind(), ring, x, y, 9, null);
    }

    /** Every placed label's box, names and line labels. For tests. */
    List<LabelBox> labelBoxes() {
        List<LabelBox> boxes = new ArrayList<>();
        nodes.stream().filter(n -> n.placed() != null)
                .forEach(n -> boxes.add(LabelBox.ofText(n.placed().text(), n.placed().x(), n.placed().y(), NAME_FONT)));
        edges.stream().filter(e -> e.placed() != null)
                .forEach(e -> boxes.add(LabelBox.ofText(e.placed().text(), e.placed().x(), e.placed().y(), EDGE_FONT)));
        return boxes;
    }

    /** The kinds of party drawn, for the key under the drawing. */
    public List<PartyKind> kinds() {
        return nodes.stream().map(Node::kind).distinct().sorted().toList();
    }
}
