package com.dealtrace.confidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.dealtrace.deal.ConfidenceBand;

import org.junit.jupiter.api.Test;

class GradeHistoryDrawingTest {

    @Test
    void gradesAreDrawnOldestFirstAtTheirScoresAndTheNewestIsCurrent() {
        var drawing = GradeHistoryDrawing.of(List.of(
                grade("0.94", "2024-05-20T09:30:00Z"), grade("0.80", "2024-03-04T10:00:00Z")));

        var points = drawing.points();
        assertThat(points).extracting(p -> p.score().toPlainString()).containsExactly("0.80", "0.94");
        assertThat(points.get(0).x()).isLessThan(points.get(1).x()).isGreaterThan(GradeHistoryDrawing.LEFT);
        assertThat(points.get(1).x()).isLessThan(drawing.plotRight());
        assertThat(points.get(0).y()).isGreaterThan(points.get(1).y());
        assertThat(points).extracting(GradeHistoryDrawing.Point::current).containsExactly(false, true);
        assertThat(drawing.current().band()).isEqualTo(ConfidenceBand.HIGH);
        assertThat(drawing.first().band()).isEqualTo(ConfidenceBand.STRONG);
        var first = points.get(0);
        var now = points.get(1);
        assertThat(drawing.path()).isEqualTo("M" + first.x() + " " + first.y() + " H" + now.x() + " V" + now.y()
                + " H" + drawing.plotRight());
    }

    @Test
    void labelsSitOnTheSideOfTheirPointAwayFromTheLineArrivingFromThePreviousGrade() {
        var rising = GradeHistoryDrawing.of(List.of(grade("0.94", "2024-05-20T09:30:00Z"), grade("0.80", "2024-03-04T10:00:00Z")));
        var falling = GradeHistoryDrawing.of(List.of(grade("0.40", "2024-05-20T09:30:00Z"), grade("0.80", "2024-03-04T10:00:00Z")));

        var up = rising.current();
        assertThat(up.labelY()).isLessThan(up.y());
        var down = falling.current();
        assertThat(down.labelY()).isGreaterThan(down.y());
        assertThat(falling.first().labelY()).isLessThan(falling.first().y());
        // the current label is longer: it starts right of its point, or ends at the plot's edge when there is no room
        assertThat(up.labelAnchor()).isEqualTo("end");
        assertThat(up.labelX()).isEqualTo(rising.plotRight() - 2);
        var alone = GradeHistoryDrawing.of(List.of(grade("0.50", "2025-01-01T00:00:00Z"))).current();
        assertThat(alone.labelAnchor()).isEqualTo("start");
        assertThat(alone.labelX()).isGreaterThan(alone.x());
    }

    @Test
    void theBandsOfTheScaleFillThePlotFromOneToZero() {
        var drawing = GradeHistoryDrawing.of(List.of(grade("0.50", "2025-01-01T00:00:00Z")));

        var bands = drawing.bands();
        assertThat(bands).extracting(GradeHistoryDrawing.Band::band).containsExactly(ConfidenceBand.values());
        assertThat(bands.get(0).y()).isEqualTo(GradeHistoryDrawing.TOP);
        for (int i = 1; i < bands.size(); i++) {
            assertThat(bands.get(i).y()).isEqualTo(bands.get(i - 1).y() + bands.get(i - 1).height());
        }
        var last = bands.get(bands.size() - 1);
        assertThat(last.y() + last.height()).isEqualTo(drawing.plotBottom());
        var point = drawing.current();
        var medium = bands.stream().filter(b -> b.band() == ConfidenceBand.WEAK_MEDIUM).findFirst().orElseThrow();
        assertThat(point.y()).isBetween(medium.y(), medium.y() + medium.height());
    }

    @Test
    void oneGradeSitsInTheMiddleWithTicksAroundIt() {
        var drawing = GradeHistoryDrawing.of(List.of(grade("0.94", "2024-05-20T09:30:00Z")));

        assertThat(drawing.points()).hasSize(1);
        int middle = (GradeHistoryDrawing.LEFT + drawing.plotRight()) / 2;
        assertThat(drawing.current().x()).isCloseTo(middle, offset(2));
        assertThat(drawing.current().lettered()).isTrue();
        assertThat(drawing.ticks()).isNotEmpty().allSatisfy(t ->
                assertThat(t.x()).isBetween(GradeHistoryDrawing.LEFT, drawing.plotRight()));
        assertThat(drawing.ticks()).extracting(t -> t.date().getMonthValue()).contains(5, 6);
    }

    @Test
    void fiftyGradesStayInsideThePlotAndOnlyTheCurrentOneCarriesItsLetter() {
        List<SourceConfidenceView.Assessment> history = new ArrayList<>();
        var start = OffsetDateTime.parse("2020-01-01T12:00:00Z");
        for (int i = 49; i >= 0; i--) {
            history.add(grade(BigDecimal.valueOf(i % 11, 1).min(BigDecimal.ONE).toPlainString(),
                    start.plusDays(40L * i).toString()));
        }

        var drawing = GradeHistoryDrawing.of(history);

        assertThat(drawing.points()).hasSize(50).allSatisfy(p -> {
            assertThat(p.x()).isBetween(GradeHistoryDrawing.LEFT, drawing.plotRight());
            assertThat(p.y()).isBetween(GradeHistoryDrawing.TOP, drawing.plotBottom());
        });
        assertThat(drawing.points()).filteredOn(GradeHistoryDrawing.Point::lettered).hasSize(1)
                .allMatch(GradeHistoryDrawing.Point::current);
        assertThat(drawing.ticks()).hasSizeBetween(5, 7).allSatisfy(t -> assertThat(t.isYear()).isTrue());
        assertThat(drawing.path().split("V")).hasSize(50);
    }

    @Test
    void theSameHistoryGivesTheSameDrawing() {
        var history = List.of(grade("0.60", "2025-03-01T08:00:00Z"), grade("0.30", "2024-11-02T17:45:00+02:00"));

        assertThat(GradeHistoryDrawing.of(history)).isEqualTo(GradeHistoryDrawing.of(List.copyOf(history)));
    }

    @Test
    void noGradesGiveAnEmptyDrawing() {
        var drawing = GradeHistoryDrawing.of(List.of());

        assertThat(drawing.isEmpty()).isTrue();
        assertThat(drawing.current()).isNull();
        assertThat(drawing.ticks()).isEmpty();
    }

    private static SourceConfidenceView.Assessment grade(String score, String at) {
        var value = new BigDecimal(score);
        return new SourceConfidenceView.Assessment(value, ConfidenceBand.of(value), "why", "admin",
                OffsetDateTime.parse(at));
    }
}
