package com.dealtrace.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.dealtrace.web.DatePrecision;
import com.dealtrace.web.LabelBox;
import com.dealtrace.web.PartialDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
        assertThat(first.x()).isLessThan(decision.x()).isGreaterThanOrEqualTo(drawing.left());
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

        assertThat(drawing.bars()).extracting(TimelineDrawing.Bar::slug).containsExactly("cma", "ec", "undated");
        var cma = drawing.bars().get(0);
        assertThat(cma.x() + cma.width()).isGreaterThanOrEqualTo(drawing.marks().get(0).x());
        assertThat(drawing.bars().get(1).open()).isTrue();
        assertThat(drawing.bars()).extracting(TimelineDrawing.Bar::undated).containsExactly(false, false, true);
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
                .isBetween(drawing.left(), TimelineDrawing.WIDTH - TimelineDrawing.RIGHT));
        assertThat(drawing.rows()).hasSize(EventKind.values().length);
        assertThat(drawing.ticks()).hasSizeBetween(10, 13);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 30, 300})
    void noTwoLabelsOverlapWhateverTheNumberOfEvents(int count) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // crowded on purpose: every third event on the same kind, days apart, with long titles
            var kind = i % 3 == 0 ? EventKind.ANNOUNCEMENT : EventKind.values()[i % EventKind.values().length];
            entries.add(new TimelineEntry(i, new PartialDate(LocalDate.of(2023, 1, 1).plusDays(i * 5L),
                    i % 7 == 0 ? DatePrecision.MONTH : DatePrecision.DAY), kind,
                    "Event number " + i + " with a rather long title about the deal", "", null, null, List.of()));
        }
        var cases = List.of(new TimelineDrawing.CaseSpan("cma", "Competition and Markets Authority review of the partnership",
                LocalDate.of(2023, 3, 1), LocalDate.of(2023, 6, 1), false));

        var drawing = TimelineDrawing.of(entries, cases, TODAY, Locale.ENGLISH, kind -> kind.name().replace('_', ' '),
                date -> "26 September 2024");

        var boxes = drawing.labelBoxes();
        assertThat(boxes).hasSizeGreaterThan(Math.min(count, 3));
        assertNoOverlap(boxes);
        assertNoOverlap(drawing.verticalBoxes());
        assertThat(drawing.verticalBoxes()).allSatisfy(b -> assertThat(b.right()).isLessThanOrEqualTo(320));
        assertThat(boxes).allSatisfy(b -> assertThat(b.right()).isLessThanOrEqualTo(TimelineDrawing.WIDTH));
        // a mark whose title did not fit carries a number listed in the legend
        var numbered = drawing.marks().stream().filter(m -> m.label() != null && m.label().number()).toList();
        assertThat(drawing.legend()).hasSize(numbered.size());
        numbered.forEach(m -> assertThat(drawing.legend()).anySatisfy(n -> {
            assertThat(n.eventId()).isEqualTo(m.eventId());
            assertThat(String.valueOf(n.number())).isEqualTo(m.label().text());
        }));
        if (count <= 30) {
            assertThat(drawing.marks()).allSatisfy(m -> assertThat(m.label()).as("label of %d", m.eventId()).isNotNull());
        }
        if (count == 3) {
            assertThat(drawing.marks()).allSatisfy(m -> assertThat(m.label().text()).startsWith("Event number"));
            assertThat(drawing.legend()).isEmpty();
        }
    }

    @Test
    void unsourcedEventsAreMarkedAndTodayIsDrawn() {
        var sourced = new TimelineEntry(1, new PartialDate(LocalDate.parse("2026-02-26"), DatePrecision.DAY),
                EventKind.ANNOUNCEMENT, "Announced", "", null, null,
                List.of(new CitedSourceLine(9, "Press release", null, "Microsoft", null, null, "https://example.org", Stance.SUPPORTS,
                        null, null, "DIRECT")));
        var unsourced = entry(2, "2026-05-01", DatePrecision.DAY, EventKind.FUNDING);

        var drawing = TimelineDrawing.of(List.of(sourced, unsourced), List.of(), TODAY);

        assertThat(drawing.marks()).extracting(TimelineDrawing.Mark::unsourced).containsExactly(false, true);
        assertThat(drawing.todayX()).isGreaterThan(drawing.marks().get(1).x());
        assertThat(drawing.vertical().todayY()).isGreaterThan(drawing.vertical().items().get(1).y());
    }

    @Test
    void aCaseWithoutDatesIsDrawnFromItsMilestonesAndLeftOpen() {
        var milestone = new TimelineEntry(1, new PartialDate(LocalDate.parse("2025-03-10"), DatePrecision.DAY),
                EventKind.REGULATORY_INQUIRY_OPENED, "Inquiry", "", "ftc", "FTC inquiry", List.of());

        var drawing = TimelineDrawing.of(List.of(milestone),
                List.of(new TimelineDrawing.CaseSpan("ftc", "FTC inquiry", null, null, true)), TODAY);

        var bar = drawing.bars().get(0);
        assertThat(bar.undated()).isTrue();
        assertThat(bar.x()).isEqualTo(drawing.marks().get(0).x());
        assertThat(bar.x() + bar.width()).isGreaterThanOrEqualTo(drawing.todayX());
    }

    @Test
    void longCaseNamesWrapInsteadOfBeingCut() {
        String title = "Competition and Markets Authority review of the Microsoft and Mistral AI partnership";
        var drawing = TimelineDrawing.of(List.of(entry(1, "2024-02-26", DatePrecision.DAY, EventKind.ANNOUNCEMENT)),
                List.of(new TimelineDrawing.CaseSpan("cma", title, LocalDate.parse("2024-04-24"),
                        LocalDate.parse("2024-05-17"), false)), TODAY);

        assertThat(String.join(" ", drawing.rows().get(0).lines())).isEqualTo(title);
        assertNoOverlap(drawing.labelBoxes());
    }

    private static void assertNoOverlap(List<LabelBox> boxes) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).overlaps(boxes.get(j))).as("%s overlaps %s", boxes.get(i), boxes.get(j)).isFalse();
            }
        }
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
