package com.dealtrace.confidence;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.dealtrace.deal.ConfidenceBand;

/**
 * The admin's grades over time, laid out in Java so that the template only draws: time left to right, the score
 * from 0 at the bottom to 1 at the top over the bands of the confidence scale, and a step line from grade to grade
 * that runs on to the right edge from the current grade, which still holds. Dates are read in UTC so that the
 * layout depends only on the data.
 */
public record GradeHistoryDrawing(int width, int height, List<Band> bands, List<Tick> ticks, List<Point> points,
        String path) {

    static final int WIDTH = 640;
    static final int LEFT = 40;
    static final int RIGHT = 156;
    static final int TOP = 18;
    static final int PLOT = 240;
    static final int BOTTOM = 24;
    /** Up to this many grades each carry their letter; beyond it only the current one does. */
    static final int LETTERED = 12;
    static final long MIN_SPAN_DAYS = 60;

    /** A band of the scale, from its lowest score to the next band's lowest. */
    public record Band(ConfidenceBand band, int y, int height) {

        public String cssClass() {
            return "band-" + band.name().toLowerCase().replace('_', '-');
        }

        /** Where its lowest score is written on the axis and its grade beside the plot. */
        public int labelY() {
            return y + height;
        }
    }

    /**
     * A date on the time axis, the first of a month: written as the year in January, as month and year on the
     * first tick so that the year is always there, else as the month.
     */
    public record Tick(int x, LocalDate date, boolean first) {

        public boolean isYear() {
            return date.getMonthValue() == 1;
        }
    }

    /**
     * One grade; {@code current} is the newest. Its label (the letter, or for the current grade the longer
     * "current" label) sits on the side of the point away from the line arriving from the previous grade.
     */
    public record Point(int x, int y, BigDecimal score, ConfidenceBand band, OffsetDateTime assessedAt,
            String assessedBy, boolean current, boolean lettered, int labelX, int labelY, String labelAnchor) {
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    public Point current() {
        return points.isEmpty() ? null : points.get(points.size() - 1);
    }

    public Point first() {
        return points.isEmpty() ? null : points.get(0);
    }

    /** The right edge of the plot, where the band labels start. */
    public int plotRight() {
        return WIDTH - RIGHT;
    }

    public int plotTop() {
        return TOP;
    }

    public int plotLeft() {
        return LEFT;
    }

    public int plotBottom() {
        return TOP + PLOT;
    }

    /** @param history the grades newest first, as the page lists them */
    static GradeHistoryDrawing of(List<SourceConfidenceView.Assessment> history) {
        List<Band> bands = new ArrayList<>();
        BigDecimal top = BigDecimal.ONE;
        for (ConfidenceBand band : ConfidenceBand.values()) {
            int upper = y(top);
            bands.add(new Band(band, upper, y(band.lowest()) - upper));
            top = band.lowest();
        }
        int height = TOP + PLOT + BOTTOM;
        if (history.isEmpty()) {
            return new GradeHistoryDrawing(WIDTH, height, bands, List.of(), List.of(), "");
        }
        List<SourceConfidenceView.Assessment> grades = new ArrayList<>(history);
        Collections.reverse(grades);
        Instant start = grades.get(0).assessedAt().toInstant();
        Instant end = grades.get(grades.size() - 1).assessedAt().toInstant();
        Duration span = Duration.between(start, end);
        Duration shortest = Duration.ofDays(MIN_SPAN_DAYS);
        if (span.compareTo(shortest) < 0) {
            // a single grade, or grades close together, sit in the middle of two months
            Instant middle = start.plus(span.dividedBy(2));
            start = middle.minus(shortest.dividedBy(2));
            end = middle.plus(shortest.dividedBy(2));
            span = shortest;
        }
        start = start.minus(span.dividedBy(10));
        end = end.plus(span.dividedBy(10));
        var scale = new Scale(start, end);

        List<Point> points = new ArrayList<>();
        StringBuilder path = new StringBuilder();
        int previousY = Integer.MAX_VALUE;
        for (int i = 0; i < grades.size(); i++) {
            var grade = grades.get(i);
            int x = scale.x(grade.assessedAt().toInstant());
            int y = y(grade.score());
            boolean current = i == grades.size() - 1;
            // the line comes up from below (or there is none): label above; it comes down from above: below
            int labelY = previousY >= y ? y - 8 : Math.min(y + 16, TOP + PLOT - 3);
            int labelX = x;
            String anchor = "middle";
            if (current) {
                boolean roomOnTheRight = WIDTH - RIGHT - x >= 110;
                labelX = roomOnTheRight ? x + 10 : WIDTH - RIGHT - 2;
                anchor = roomOnTheRight ? "start" : "end";
            }
            points.add(new Point(x, y, grade.score(), grade.band(), grade.assessedAt(), grade.assessedBy(), current,
                    current || grades.size() <= LETTERED, labelX, labelY, anchor));
            path.append(i == 0 ? "M" + x + " " + y : " H" + x + " V" + y);
            previousY = y;
        }
        path.append(" H").append(WIDTH - RIGHT);
        return new GradeHistoryDrawing(WIDTH, height, bands, scale.ticks(), points, path.toString());
    }

    /** A score of 0–1 as a height: 1 at the top of the plot. */
    static int y(BigDecimal score) {
        return TOP + (int) Math.round((1 - score.doubleValue()) * PLOT);
    }

    /** Maps instants to x positions inside the plot. */
    private record Scale(Instant start, Instant end) {

        int x(Instant at) {
            double span = Duration.between(start, end).toSeconds();
            double from = Duration.between(start, at).toSeconds();
            return LEFT + (int) Math.round(from / span * (WIDTH - LEFT - RIGHT));
        }

        /** Months, quarters or years, whichever gives a handful of lines; January is written as its year. */
        List<Tick> ticks() {
            LocalDate from = LocalDate.ofInstant(start, ZoneOffset.UTC);
            LocalDate to = LocalDate.ofInstant(end, ZoneOffset.UTC);
            long months = ChronoUnit.MONTHS.between(from, to);
            int step = months <= 8 ? 1 : months <= 30 ? 3 : months <= 96 ? 12 : 12 * (int) Math.ceil(months / 96.0);
            LocalDate tick = from.withDayOfMonth(1).plusMonths(1);
            while ((tick.getMonthValue() - 1) % Math.min(step, 12) != 0) {
                tick = tick.plusMonths(1);
            }
            if (step > 12) {
                while (tick.getYear() % (step / 12) != 0) {
                    tick = tick.plusYears(1);
                }
            }
            List<Tick> ticks = new ArrayList<>();
            for (; tick.isBefore(to); tick = tick.plusMonths(step)) {
                ticks.add(new Tick(x(tick.atStartOfDay(ZoneOffset.UTC).toInstant()), tick, ticks.isEmpty()));
            }
            return ticks;
        }
    }
}
