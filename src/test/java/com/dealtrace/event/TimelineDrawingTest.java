package com.dealtrace.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.dealtrace.web.DatePrecision;
import com.dealtrace.web.PartialDate;

import org.junit.jupiter.api.Test;

class TimelineDrawingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void eventsAreDrawnInTimeOrderOnTheirKindsRows() {
        var drawing = TimelineDrawing.of(List.of(
                entry(1, "2024-02-26", DatePrecision.DAY, EventKind.ANNOUNCEMENT),
                entry(2, "2024-05-17", DatePrecision.DAY, EventKind.REGULATORY_DECISION),
                entry(3, "2025-06-01", DatePrecision.MONTH, EventKind.ANNOUNCEMENT)), List.of(), TODAY);

        assertThat(drawing.rows()).extracting(TimelineDrawing.Row::kind)
                .containsExactly(EventKind.ANNOUNCEMENT, EventKind.REGULATORY_DECISION);
        var marks = drawing.marks();
        assertThat(marks).extracting(TimelineDrawing.Mark::eventId).containsExactly(1L, 3L, 2L);
        var first = marks.get(0);
        var month = marks.get(1);
        var decision = marks.get(2);
        assertThat(first.x()).isLessThan(decision.x()).isGreaterThanOrEqualTo(TimelineDrawing.LEFT);
        assertThat(decision.x()).isLessThan(month.x());
        assertThat(month.x() + month.width()).isLessThanOrEqualTo(TimelineDrawing.WIDTH - TimelineDrawing.RIGHT);
        assertThat(first.y()).isEqualTo(month.y()).isNotEqualTo(decision.y());
        assertThat(month.span()).isTrue();
        assertThat(month.width()).isPositive();
        assertThat(first.span()).isFalse();
    }

    @Test
    void casesAreBarsFromOpenedToDecidedOrToTodayWhileOpen() {
        var drawing = TimelineDrawing.of(List.of(entry(1, "2024-05-17", DatePrecision.DAY, EventKind.REGULATORY_DECISION)),
                List.of(new TimelineDrawing.CaseSpan("cma", "CMA inquiry", LocalDate.parse("2024-04-24"), LocalDate.parse("2024-05-17"), false),
                        new TimelineDrawing.CaseSpan("ec", "EC watch", LocalDate.parse("2025-01-01"), null, true),
                        new TimelineDrawing.CaseSpan("undated", "No dates", null, null, true)), TODAY);

        assertThat(drawing.bars()).extracting(TimelineDrawing.Bar::slug).containsExactly("cma", "ec");
        var cma = drawing.bars().get(0);
        assertThat(cma.x() + cma.width()).isGreaterThanOrEqualTo(drawing.marks().get(0).x());
        assertThat(drawing.bars().get(1).open()).isTrue();
        assertThat(drawing.ticks()).extracting(TimelineDrawing.Tick::label).contains("2025", "2026");
    }

    @Test
    void threeHundredEventsStayInsideTheDrawing() {
        List<TimelineEntry> entries = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            entries.add(entry(i, LocalDate.of(2015, 1, 1).plusDays(i * 13L).toString(), DatePrecision.DAY,
                    EventKind.values()[i % EventKind.values().length]));
        }

        var drawing = TimelineDrawing.of(entries, List.of(), TODAY);

        assertThat(drawing.marks()).hasSize(300).allSatisfy(m -> assertThat(m.x())
                .isBetween(TimelineDrawing.LEFT, TimelineDrawing.WIDTH - TimelineDrawing.RIGHT));
        assertThat(drawing.rows()).hasSize(EventKind.values().length);
        assertThat(drawing.ticks()).hasSizeBetween(10, 12);
    }

    @Test
    void nothingToDrawGivesAnEmptyDrawing() {
        assertThat(TimelineDrawing.of(List.of(), List.of(), TODAY).marks()).isEmpty();
    }

    private static TimelineEntry entry(long id, String date, DatePrecision precision, EventKind kind) {
        return new TimelineEntry(id, new PartialDate(LocalDate.parse(date), precision), kind, "Event " + id, "", null,
                null, List.of());
    }
}
