package com.dealtrace.event;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The drawn timeline, laid out in Java so that the template only draws: time runs left to right, each kind of
 * event has its own row, regulatory cases are bars from opened to decided (or to today while open), and dates known
 * only to the month or year are drawn as spans over that month or year. Each mark links to its entry in the list.
 */
public record TimelineDrawing(int width, int height, List<Row> rows, List<Tick> ticks, List<Mark> marks, List<Bar> bars) {

    static final int WIDTH = 1000;
    // room for the longest row label, "Apertura de investigación regulatoria" at 11 px
    static final int LEFT = 230;
    static final int RIGHT = 20;
    static final int TOP = 28;
    static final int ROW = 26;

    /** A row of the drawing: one kind of event, or one regulatory case ({@code kind} null). */
    public record Row(String label, EventKind kind, int y, String cssClass) {
    }

    /** A labelled line on the time axis. */
    public record Tick(int x, String label) {
    }

    /** An event: a dot for a day, a span for a month or a year. */
    public record Mark(long eventId, int x, int y, int width, String cssClass, String label, boolean span) {
    }

    /** A regulatory case from opened to decided. */
    public record Bar(String slug, int x, int y, int width, String label, boolean open) {
    }

    /** A case as the drawing needs it. */
    record CaseSpan(String slug, String title, LocalDate openedOn, LocalDate decidedOn, boolean open) {
    }

    static TimelineDrawing of(List<TimelineEntry> entries, List<CaseSpan> cases, LocalDate today) {
        return of(entries, cases, today, Locale.ENGLISH);
    }

    /** The drawing with the axis's month names in {@code locale}. */
    static TimelineDrawing of(List<TimelineEntry> entries, List<CaseSpan> cases, LocalDate today, Locale locale) {
        var drawnCases = cases.stream().filter(c -> c.openedOn() != null).toList();
        if (entries.isEmpty() && drawnCases.isEmpty()) {
            return new TimelineDrawing(WIDTH, 0, List.of(), List.of(), List.of(), List.of());
        }
        LocalDate first = null;
        LocalDate last = null;
        for (var e : entries) {
            first = min(first, e.date().date());
            last = max(last, e.date().end());
        }
        for (var c : drawnCases) {
            first = min(first, c.openedOn());
            last = max(last, c.decidedOn() != null ? c.decidedOn() : c.open() ? today : c.openedOn());
        }
        long days = Math.max(ChronoUnit.DAYS.between(first, last), 60);
        LocalDate start = first.minusDays(days / 40 + 1);
        LocalDate end = last.plusDays(days / 40 + 1);
        var scale = new Scale(start, end, locale);

        List<Row> rows = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        int y = TOP;
        for (var c : drawnCases) {
            LocalDate until = c.decidedOn() != null ? c.decidedOn() : c.open() ? today : c.openedOn();
            int x = scale.x(c.openedOn());
            bars.add(new Bar(c.slug(), x, y, Math.max(scale.x(until.plusDays(1)) - x, 4), c.title(), c.decidedOn() == null));
            rows.add(new Row(shorten(c.title()), null, y, "case-row"));
            y += ROW;
        }
        var kinds = EnumSet.noneOf(EventKind.class);
        entries.forEach(e -> kinds.add(e.kind()));
        List<Mark> marks = new ArrayList<>();
        for (EventKind kind : kinds) {
            String cssClass = "kind-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
            rows.add(new Row(null, kind, y, cssClass));
            for (var e : entries) {
                if (e.kind() != kind) {
                    continue;
                }
                boolean span = e.date().precision() != DatePrecision.DAY;
                int x = scale.x(e.date().date());
                int width = span ? Math.max(scale.x(e.date().end().plusDays(1)) - x, 3) : 0;
                marks.add(new Mark(e.id(), x, y, width,
                        cssClass + (e.isUnsourced() ? " unsourced" : e.isWeak() ? " weak" : ""), e.title(), span));
            }
            y += ROW;
        }
        return new TimelineDrawing(WIDTH, y + 4, rows, scale.ticks(), marks, bars);
    }

    /** Maps dates to x positions between the row labels and the right edge. */
    private record Scale(LocalDate start, LocalDate end, Locale locale) {

        int x(LocalDate date) {
            double span = ChronoUnit.DAYS.between(start, end);
            double at = ChronoUnit.DAYS.between(start, date);
            return LEFT + (int) Math.round(at / span * (WIDTH - LEFT - RIGHT));
        }

        /** Years, or quarters when the drawing spans under three years. */
        List<Tick> ticks() {
            List<Tick> ticks = new ArrayList<>();
            boolean quarters = ChronoUnit.MONTHS.between(start, end) < 36;
            LocalDate tick = quarters ? start.withDayOfMonth(1).plusMonths((3 - (start.getMonthValue() - 1) % 3) % 3)
                    : start.withDayOfYear(1).plusYears(1);
            if (quarters && !tick.isAfter(start)) {
                tick = tick.plusMonths(3);
            }
            while (tick.isBefore(end)) {
                String label = quarters && tick.getMonthValue() != 1
                        ? tick.getMonth().getDisplayName(TextStyle.SHORT, locale)
                        : String.valueOf(tick.getYear());
                ticks.add(new Tick(x(tick), label));
                tick = quarters ? tick.plusMonths(3) : tick.plusYears(1);
            }
            return ticks;
        }
    }

    private static String shorten(String text) {
        return text.length() <= 34 ? text : text.substring(0, 33) + "…";
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
