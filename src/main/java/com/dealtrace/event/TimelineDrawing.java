package com.dealtrace.event;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.dealtrace.web.DatePrecision;
import com.dealtrace.web.LabelBox;
import com.dealtrace.web.PartialDate;

/**
 * The drawn timeline, laid out in Java so that the template only draws, in two shapes. The wide one: time runs left
 * to right, each kind of event has its own row, regulatory cases are bars from opened to decided (or to today while
 * open; from what the milestones tell when a date is missing), dates known only to the month or year are spans, a
 * line marks today, and each mark carries a short label placed in the first free lane under its row — or a number
 * listed in a legend when no lane has room. The narrow one, for phones: the events one under another in date order,
 * each with its date and title at a readable size, the cases as bars beside them and today between them. Each mark
 * links to its entry in the list; an event without a source is drawn hollow.
 */
public record TimelineDrawing(int width, int height, int left, List<Row> rows, List<Tick> ticks, List<Mark> marks,
        List<Bar> bars, Integer todayX, List<Numbered> legend, Vertical vertical) {

    static final int WIDTH = 1000;
    static final int RIGHT = 20;
    static final int TOP = 28;
    static final double FONT = 11;
    /** The widest row label column, and the width a case's name wraps at. */
    static final int MAX_LEFT = 250;
    static final int LANE = 14;
    /** Lanes for titles under a row; numbers may also use two more of their own. */
    static final int LANES = 3;
    static final int NUMBER_LANES = 5;
    static final int LABEL_CHARS = 26;
    static final int LONG_LABEL_CHARS = 44;
    /** The longest word for "today" among the languages, to keep room for it under the rows. */
    static final String TODAY_WIDEST = "Today";

    /** A row of the drawing: one kind of event, or one regulatory case ({@code kind} null); its name in lines. */
    public record Row(List<String> lines, EventKind kind, int y, String cssClass) {
    }

    /** A line on the time axis; {@code label} is null where the label would cover its neighbour's. */
    public record Tick(int x, String label) {
    }

    /** An event: a dot for a day, a span for a month or a year; hollow when no source is cited; its label or null. */
    public record Mark(long eventId, int x, int y, int width, String cssClass, String title, boolean span,
            boolean unsourced, Label label) {

        Mark withLabel(Label label) {
            return new Mark(eventId, x, y, width, cssClass, title, span, unsourced, label);
        }
    }

    /** A mark's visible label: a short title, or the mark's number in the legend. */
    public record Label(int x, int y, String text, boolean number) {
    }

    /** An event whose title did not fit on the drawing: its number there. */
    public record Numbered(int number, long eventId, String title) {
    }

    /** A regulatory case from opened to decided; {@code undated} when a date is missing and the bar is inferred. */
    public record Bar(String slug, int x, int y, int width, String label, boolean open, boolean undated) {
    }

    /** A case as the drawing needs it. */
    record CaseSpan(String slug, String title, LocalDate openedOn, LocalDate decidedOn, boolean open) {
    }

    /** The narrow drawing: a list-like column of events, top to bottom in date order. */
    public record Vertical(int width, int height, int textX, List<Item> items, List<Bar> bars, Integer todayY) {

        static final int WIDTH = 320;
        static final double FONT = 12;
        static final int AXIS = 8;
    }

    /** An event in the narrow drawing: its date, then its title in lines. */
    public record Item(long eventId, int y, String date, List<String> lines, String title, String cssClass,
            boolean span, boolean unsourced) {
    }

    static TimelineDrawing of(List<TimelineEntry> entries, List<CaseSpan> cases, LocalDate today) {
        return of(entries, cases, today, Locale.ENGLISH, kind -> kind.name().replace('_', ' '),
                date -> date.date().toString());
    }

    /**
     * The drawing with the axis's month names in {@code locale}, each row named by {@code kindLabel} and each date
     * of the narrow drawing written by {@code dateLabel}.
     */
    static TimelineDrawing of(List<TimelineEntry> entries, List<CaseSpan> cases, LocalDate today, Locale locale,
            Function<EventKind, String> kindLabel, Function<PartialDate, String> dateLabel) {
        var spans = known(entries, cases, today);
        if (entries.isEmpty() && spans.isEmpty()) {
            return new TimelineDrawing(WIDTH, 0, MAX_LEFT, List.of(), List.of(), List.of(), List.of(), null,
                    List.of(), new Vertical(Vertical.WIDTH, 0, 0, List.of(), List.of(), null));
        }
        LocalDate first = null;
        LocalDate last = null;
        for (var e : entries) {
            first = min(first, e.date().date());
            last = max(last, e.date().end());
        }
        for (var c : spans) {
            first = min(first, c.from());
            last = max(last, c.until());
        }
        long known = ChronoUnit.DAYS.between(first, last);
        // today is drawn when it is not so far beyond the events that they would be squeezed into a corner
        boolean todayDrawn = !today.isBefore(first) && ChronoUnit.DAYS.between(last, today) <= Math.max(known, 365);
        if (todayDrawn) {
            last = max(last, today);
        }
        long days = Math.max(ChronoUnit.DAYS.between(first, last), 60);
        LocalDate start = first.minusDays(days / 40 + 1);
        LocalDate end = last.plusDays(days / 40 + 1);

        var kinds = EnumSet.noneOf(EventKind.class);
        entries.forEach(e -> kinds.add(e.kind()));
        int wrap = MAX_LEFT - 16;
        List<List<String>> caseNames = spans.stream().map(c -> wrap(c.title(), wrap, 3, FONT)).toList();
        double widest = 60;
        for (var kind : kinds) {
            widest = Math.max(widest, LabelBox.width(kindLabel.apply(kind), FONT));
        }
        for (var lines : caseNames) {
            for (String line : lines) {
                widest = Math.max(widest, LabelBox.width(line, FONT));
            }
        }
        int left = (int) Math.min(Math.ceil(widest) + 16, MAX_LEFT);
        var scale = new Scale(start, end, locale, left);

        List<Row> rows = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        List<Numbered> legend = new ArrayList<>();
        int top = TOP;
        for (int i = 0; i < spans.size(); i++) {
            var c = spans.get(i);
            var lines = caseNames.get(i);
            int y = top + 9;
            int x = scale.x(c.from());
            bars.add(new Bar(c.slug(), x, y, Math.max(scale.x(c.until().plusDays(1)) - x, 4), c.title(), c.open(),
                    c.undated()));
            rows.add(new Row(lines, null, y, "case-row"));
            top += Math.max(24, lines.size() * 14 + 8);
        }
        for (EventKind kind : kinds) {
            String cssClass = cssClass(kind);
            int y = top + 9;
            rows.add(new Row(List.of(kindLabel.apply(kind)), kind, y, cssClass));
            List<Mark> row = new ArrayList<>();
            for (var e : entries) {
                if (e.kind() != kind) {
                    continue;
                }
                boolean span = e.date().precision() != DatePrecision.DAY;
                int x = scale.x(e.date().date());
                int width = span ? Math.max(scale.x(e.date().end().plusDays(1)) - x, 3) : 0;
                row.add(new Mark(e.id(), x, y, width,
                        cssClass + (e.isUnsourced() ? " unsourced" : e.isWeak() ? " weak" : ""), e.title(), span,
                        e.isUnsourced(), null));
            }
            row.sort(Comparator.comparingInt(Mark::x).thenComparingLong(Mark::eventId));
            int lanes = placeLabels(row, y, left, legend);
            marks.addAll(row);
            top = y + 9 + (lanes == 0 ? 0 : 3 + lanes * LANE) + 6;
        }
        Integer todayX = todayDrawn ? scale.x(today) : null;
        int height = top + (todayDrawn ? 16 : 4);
        return new TimelineDrawing(WIDTH, height, left, rows, scale.ticks(), marks, bars, todayX, legend,
                vertical(entries, spans, today, dateLabel));
    }

    /**
     * Places each mark's label in the first lane under the row where it fits, left to right; a label that fits in
     * no lane becomes the mark's number, placed the same way, and goes in the legend. A number with no room either
     * is left out: the mark still has its title and links to its entry. Labels the row's marks in place and returns
     * the lanes used.
     */
    private static int placeLabels(List<Mark> row, int y, int left, List<Numbered> legend) {
        double[] laneEnd = new double[NUMBER_LANES];
        Arrays.fill(laneEnd, Double.NEGATIVE_INFINITY);
        int used = 0;
        for (int i = 0; i < row.size(); i++) {
            var m = row.get(i);
            // the longer label where a lane has room for it, else the shorter one
            String text = shorten(m.title(), LONG_LABEL_CHARS);
            int lane = freeLane(laneEnd, LANES, labelX(m, text, left));
            if (lane < 0) {
                text = shorten(m.title(), LABEL_CHARS);
                lane = freeLane(laneEnd, LANES, labelX(m, text, left));
            }
            boolean number = false;
            if (lane < 0) {
                text = String.valueOf(legend.size() + 1);
                number = true;
                lane = freeLane(laneEnd, NUMBER_LANES, labelX(m, text, left));
                if (lane < 0) {
                    continue;
                }
                legend.add(new Numbered(legend.size() + 1, m.eventId(), m.title()));
            }
            int x = labelX(m, text, left);
            laneEnd[lane] = x + LabelBox.width(text, FONT);
            row.set(i, m.withLabel(new Label(x, y + 8 + lane * LANE + (int) FONT, text, number)));
            used = Math.max(used, lane + 1);
        }
        return used;
    }

    private static int freeLane(double[] laneEnd, int lanes, int x) {
        for (int lane = 0; lane < lanes; lane++) {
            if (laneEnd[lane] + 5 <= x) {
                return lane;
            }
        }
        return -1;
    }

    /** A label starts at its mark, or ends at the right edge when it would run past it. */
    private static int labelX(Mark m, String text, int left) {
        double width = LabelBox.width(text, FONT);
        int x = m.span() ? m.x() : m.x() - 3;
        x = (int) Math.min(x, WIDTH - RIGHT - Math.ceil(width));
        return Math.max(x, left - 4);
    }

    /** The kinds of event drawn, for the narrow drawing's key. */
    public List<EventKind> kinds() {
        return rows.stream().map(Row::kind).filter(java.util.Objects::nonNull).toList();
    }

    /** Every visible label's box: row names, axis labels and the marks' labels. For tests. */
    List<LabelBox> labelBoxes() {
        List<LabelBox> boxes = new ArrayList<>();
        for (var row : rows) {
            for (int i = 0; i < row.lines().size(); i++) {
                boxes.add(LabelBox.ofText(row.lines().get(i), 4, row.y() + 4 + 14 * i, FONT));
            }
        }
        for (var tick : ticks) {
            if (tick.label() != null) {
                double w = LabelBox.width(tick.label(), FONT);
                boxes.add(LabelBox.ofText(tick.label(), tick.x() - w / 2, 12, FONT));
            }
        }
        for (var mark : marks) {
            if (mark.label() != null) {
                boxes.add(LabelBox.ofText(mark.label().text(), mark.label().x(), mark.label().y(), FONT));
            }
        }
        if (todayX != null) {
            double w = LabelBox.width(TODAY_WIDEST, FONT);
            boxes.add(LabelBox.ofText(TODAY_WIDEST, todayX - w / 2, height - 4, FONT));
        }
        return boxes;
    }

    /** Every text box of the narrow drawing. For tests. */
    List<LabelBox> verticalBoxes() {
        List<LabelBox> boxes = new ArrayList<>();
        for (var item : vertical.items()) {
            boxes.add(LabelBox.ofText(item.date(), vertical.textX(), item.y() + 4, Vertical.FONT));
            for (int i = 0; i < item.lines().size(); i++) {
                boxes.add(LabelBox.ofText(item.lines().get(i), vertical.textX(), item.y() + 19 + 15 * i, Vertical.FONT));
            }
        }
        return boxes;
    }

    private static Vertical vertical(List<TimelineEntry> entries, List<Known> spans, LocalDate today,
            Function<PartialDate, String> dateLabel) {
        int textX = Vertical.AXIS + 12 + 9 * spans.size();
        double room = Vertical.WIDTH - textX;
        List<Item> items = new ArrayList<>();
        // where each date sits, top to bottom: the events, and today's line among them
        List<LocalDate> anchorDates = new ArrayList<>();
        List<Integer> anchorYs = new ArrayList<>();
        Integer todayY = null;
        int y = 10;
        for (var e : entries) {
            if (todayY == null && e.date().date().isAfter(today)) {
                todayY = y;
                anchorDates.add(today);
                anchorYs.add(y);
                y += 22;
            }
            var lines = wrap(e.title(), room, 3, Vertical.FONT);
            items.add(new Item(e.id(), y, dateLabel.apply(e.date()), lines, e.title(), cssClass(e.kind()),
                    e.date().precision() != DatePrecision.DAY, e.isUnsourced()));
            anchorDates.add(e.date().date());
            anchorYs.add(y);
            y += 19 + 15 * lines.size();
        }
        if (todayY == null) {
            todayY = y;
            anchorDates.add(today);
            anchorYs.add(y);
            y += 22;
        }
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            var c = spans.get(i);
            int from = at(c.from(), anchorDates, anchorYs, y);
            int until = at(c.until(), anchorDates, anchorYs, y);
            bars.add(new Bar(c.slug(), Vertical.AXIS + 12 + 9 * i, from - 5, Math.max(until - from + 10, 10), c.title(),
                    c.open(), c.undated()));
        }
        return new Vertical(Vertical.WIDTH, y, textX, items, bars, todayY);
    }

    /** Where a date falls in the narrow drawing: at the first event (or today) on or after it, else at the end. */
    private static int at(LocalDate date, List<LocalDate> dates, List<Integer> ys, int bottom) {
        for (int i = 0; i < dates.size(); i++) {
            if (!dates.get(i).isBefore(date)) {
                return ys.get(i);
            }
        }
        return bottom - 10;
    }

    /** A case with the dates the drawing uses: its own, or what its milestones and status tell. */
    private record Known(String slug, String title, LocalDate from, LocalDate until, boolean open, boolean undated) {
    }

    private static List<Known> known(List<TimelineEntry> entries, List<CaseSpan> cases, LocalDate today) {
        LocalDate firstEvent = entries.stream().map(e -> e.date().date()).min(Comparator.naturalOrder()).orElse(null);
        List<Known> known = new ArrayList<>();
        for (var c : cases) {
            LocalDate firstMilestone = null;
            LocalDate lastMilestone = null;
            for (var e : entries) {
                if (c.slug().equals(e.caseSlug())) {
                    firstMilestone = min(firstMilestone, e.date().date());
                    lastMilestone = max(lastMilestone, e.date().end());
                }
            }
            LocalDate from = c.openedOn();
            if (from == null) {
                from = firstMilestone != null ? firstMilestone : c.decidedOn() != null ? c.decidedOn() : firstEvent;
            }
            if (from == null) {
                continue;
            }
            LocalDate until = c.decidedOn() != null ? c.decidedOn()
                    : c.open() ? max(today, from) : lastMilestone != null ? max(lastMilestone, from) : from;
            known.add(new Known(c.slug(), c.title(), from, until, c.decidedOn() == null && c.open(),
                    c.openedOn() == null || (c.decidedOn() == null && !c.open())));
        }
        return known;
    }

    /** Maps dates to x positions between the row labels and the right edge. */
    private record Scale(LocalDate start, LocalDate end, Locale locale, int left) {

        int x(LocalDate date) {
            double span = ChronoUnit.DAYS.between(start, end);
            double at = ChronoUnit.DAYS.between(start, date);
            return left + (int) Math.round(at / span * (WIDTH - left - RIGHT));
        }

        /** Years, or quarters when the drawing spans under four years; a label that would touch the last is left out. */
        List<Tick> ticks() {
            List<Tick> ticks = new ArrayList<>();
            boolean quarters = ChronoUnit.MONTHS.between(start, end) < 48;
            LocalDate tick = quarters ? start.withDayOfMonth(1).plusMonths((3 - (start.getMonthValue() - 1) % 3) % 3)
                    : start.withDayOfYear(1).plusYears(1);
            if (quarters && !tick.isAfter(start)) {
                tick = tick.plusMonths(3);
            }
            double lastRight = Double.NEGATIVE_INFINITY;
            while (tick.isBefore(end)) {
                String label = quarters && tick.getMonthValue() != 1
                        ? tick.getMonth().getDisplayName(TextStyle.SHORT, locale)
                        : String.valueOf(tick.getYear());
                int x = x(tick);
                double half = LabelBox.width(label, FONT) / 2;
                if (x - half < lastRight + 4 || x + half > WIDTH) {
                    label = null;
                }
                else {
                    lastRight = x + half;
                }
                ticks.add(new Tick(x, label));
                tick = quarters ? tick.plusMonths(3) : tick.plusYears(1);
            }
            return ticks;
        }
    }

    private static String cssClass(EventKind kind) {
        return "kind-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The text in lines no wider than {@code width}, at most {@code max} of them, the last cut with "…" if need be. */
    static List<String> wrap(String text, double width, int max, double fontSize) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (LabelBox.width(tried, fontSize) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(tried);
            }
            else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        List<String> kept = new ArrayList<>(lines.subList(0, Math.min(max, lines.size())));
        int lastIndex = kept.size() - 1;
        String lastLine = kept.get(lastIndex);
        boolean cut = lines.size() > max;
        while (LabelBox.width(lastLine + (cut ? "…" : ""), fontSize) > width && lastLine.length() > 1) {
            lastLine = lastLine.substring(0, lastLine.length() - 1).stripTrailing();
            cut = true;
        }
        kept.set(lastIndex, cut ? lastLine + "…" : lastLine);
        return kept;
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1).stripTrailing() + "…";
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null || (b != null && b.isBefore(a)) ? b : a;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }
}
