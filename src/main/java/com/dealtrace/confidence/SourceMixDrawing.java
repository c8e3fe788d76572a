package com.dealtrace.confidence;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.dealtrace.source.PublisherKind;
import com.dealtrace.source.Risk;

/**
 * The deal's sources by kind of publisher and risk, laid out in Java so that the template only draws: a row per
 * kind of publisher (all of them, so that a missing kind shows as nothing), a bar as long as its number of sources,
 * cut into one segment per risk. Each segment links to the first of its sources in the list below.
 */
public record SourceMixDrawing(int width, int height, int total, List<Row> rows, List<Segment> segments) {

    static final int WIDTH = 640;
    // room for the longest kind, "Medio de comunicación"
    static final int LEFT = 150;
    static final int RIGHT = 44;
    static final int TOP = 8;
    static final int ROW = 30;
    static final int BAR = 18;
    /** Titles named in a segment's tooltip; the list below has them all. */
    static final int TITLES = 5;

    /** A kind of publisher with its sources at each risk; its bar ends at {@code end}. */
    public record Row(PublisherKind kind, int y, Map<Risk, Integer> counts, int total, int end) {

        public int count(Risk risk) {
            return counts.get(risk);
        }
    }

    /** The sources of one kind of publisher at one risk. */
    public record Segment(PublisherKind kind, Risk risk, int count, int x, int y, int width, long firstSourceId,
            List<String> titles, int more) {

        public String cssClass() {
            return "risk-" + risk.cssClass();
        }

        /** Whether the count fits inside the segment; if not, the tooltip and the table still give it. */
        public boolean labelled() {
            return width >= 16;
        }
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** Where the bars start; the names of the kinds end left of it. */
    public int left() {
        return LEFT;
    }

    /** The length of the longest bar. */
    public int barWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    public List<Risk> risks() {
        return List.of(Risk.values());
    }

    static SourceMixDrawing of(List<SourceConfidenceView.SourceRow> sources) {
        Map<PublisherKind, Map<Risk, List<SourceConfidenceView.SourceRow>>> groups = new EnumMap<>(PublisherKind.class);
        for (PublisherKind kind : PublisherKind.values()) {
            Map<Risk, List<SourceConfidenceView.SourceRow>> byRisk = new EnumMap<>(Risk.class);
            for (Risk risk : Risk.values()) {
                byRisk.put(risk, new ArrayList<>());
            }
            groups.put(kind, byRisk);
        }
        sources.forEach(s -> groups.get(s.publisherKind()).get(s.risk()).add(s));
        int widest = groups.values().stream()
                .mapToInt(byRisk -> byRisk.values().stream().mapToInt(List::size).sum())
                .max().orElse(0);
        double perSource = widest == 0 ? 0 : (double) (WIDTH - LEFT - RIGHT) / widest;

        List<Row> rows = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        int y = TOP;
        for (var group : groups.entrySet()) {
            Map<Risk, Integer> counts = new EnumMap<>(Risk.class);
            int before = 0;
            for (var risk : group.getValue().entrySet()) {
                var inGroup = risk.getValue();
                counts.put(risk.getKey(), inGroup.size());
                if (!inGroup.isEmpty()) {
                    // both edges from the running total, so that the segments of a bar meet without gaps
                    int x = LEFT + (int) Math.round(before * perSource);
                    int end = LEFT + (int) Math.round((before + inGroup.size()) * perSource);
                    var titles = inGroup.stream().limit(TITLES).map(SourceConfidenceView.SourceRow::title).toList();
                    segments.add(new Segment(group.getKey(), risk.getKey(), inGroup.size(), x, y, end - x,
                            inGroup.get(0).id(), titles, inGroup.size() - titles.size()));
                }
                before += inGroup.size();
            }
            rows.add(new Row(group.getKey(), y, counts, before, LEFT + (int) Math.round(before * perSource)));
            y += ROW;
        }
        return new SourceMixDrawing(WIDTH, y, sources.size(), rows, segments);
    }
}
