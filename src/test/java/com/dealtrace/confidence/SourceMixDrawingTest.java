package com.dealtrace.confidence;

import java.util.ArrayList;
import java.util.List;

import com.dealtrace.source.PublisherKind;
import com.dealtrace.source.Risk;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.assertj.core.data.Offset.offset;

class SourceMixDrawingTest {

    @Test
    void everyKindOfPublisherHasARowAndEveryRiskPresentASegmentWithItsCount() {
        var drawing = SourceMixDrawing.of(List.of(
                source(1, PublisherKind.COMPANY, Risk.LOW), source(2, PublisherKind.COMPANY, Risk.LOW),
                source(3, PublisherKind.REGULATOR, Risk.LOW), source(4, PublisherKind.NEWS_OUTLET, Risk.MEDIUM),
                source(5, PublisherKind.COMPANY, Risk.HIGH)));

        assertThat(drawing.total()).isEqualTo(5);
        assertThat(drawing.rows()).extracting(SourceMixDrawing.Row::kind).containsExactly(PublisherKind.values());
        assertThat(drawing.rows()).extracting(SourceMixDrawing.Row::total).containsExactly(3, 1, 0, 1, 0);
        var company = drawing.rows().get(0);
        assertThat(company.count(Risk.LOW)).isEqualTo(2);
        assertThat(company.count(Risk.MEDIUM)).isZero();
        assertThat(company.count(Risk.HIGH)).isEqualTo(1);
        assertThat(drawing.segments()).extracting(SourceMixDrawing.Segment::kind, SourceMixDrawing.Segment::risk,
                SourceMixDrawing.Segment::count, SourceMixDrawing.Segment::firstSourceId).containsExactly(
                tuple(PublisherKind.COMPANY, Risk.LOW, 2, 1L),
                tuple(PublisherKind.COMPANY, Risk.HIGH, 1, 5L),
                tuple(PublisherKind.REGULATOR, Risk.LOW, 1, 3L),
                tuple(PublisherKind.NEWS_OUTLET, Risk.MEDIUM, 1, 4L));
    }

    @Test
    void barsAreAsLongAsTheirCountsAndTheLongestFillsTheWidth() {
        var drawing = SourceMixDrawing.of(List.of(
                source(1, PublisherKind.COMPANY, Risk.LOW), source(2, PublisherKind.COMPANY, Risk.MEDIUM),
                source(3, PublisherKind.COMPANY, Risk.MEDIUM), source(4, PublisherKind.COMPANY, Risk.HIGH),
                source(5, PublisherKind.BLOG, Risk.HIGH), source(6, PublisherKind.BLOG, Risk.HIGH)));

        var company = drawing.segments().subList(0, 3);
        assertThat(company.get(0).x()).isEqualTo(SourceMixDrawing.LEFT);
        assertThat(company.get(1).x()).isEqualTo(company.get(0).x() + company.get(0).width());
        assertThat(company.get(2).x() + company.get(2).width())
                .isEqualTo(SourceMixDrawing.WIDTH - SourceMixDrawing.RIGHT).isEqualTo(drawing.rows().get(0).end());
        assertThat(company.get(1).width()).isCloseTo(2 * company.get(0).width(), offset(1));
        var blog = drawing.segments().get(3);
        assertThat(blog.width()).isCloseTo(drawing.barWidth() / 2, offset(1));
        assertThat(blog.y()).isEqualTo(drawing.rows().get(4).y()).isGreaterThan(company.get(0).y());
    }

    @Test
    void manySourcesStayInsideTheDrawingAndNameOnlyTheFirstTitlesOfASegment() {
        List<SourceConfidenceView.SourceRow> sources = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            sources.add(source(i, PublisherKind.values()[i % 5], Risk.values()[i % 3]));
        }

        var drawing = SourceMixDrawing.of(sources);

        assertThat(drawing.segments()).hasSize(15).allSatisfy(s -> {
            assertThat(s.x()).isGreaterThanOrEqualTo(SourceMixDrawing.LEFT);
            assertThat(s.x() + s.width()).isLessThanOrEqualTo(SourceMixDrawing.WIDTH - SourceMixDrawing.RIGHT);
            assertThat(s.count()).isEqualTo(20);
            assertThat(s.titles()).hasSize(SourceMixDrawing.TITLES);
            assertThat(s.more()).isEqualTo(20 - SourceMixDrawing.TITLES);
        });
        assertThat(drawing.segments().stream().mapToInt(SourceMixDrawing.Segment::count).sum()).isEqualTo(300);
    }

    @Test
    void theSameSourcesGiveTheSameDrawing() {
        var sources = List.of(source(1, PublisherKind.COMPANY, Risk.LOW), source(2, PublisherKind.NEWS_WIRE, Risk.MEDIUM));

        assertThat(SourceMixDrawing.of(sources)).isEqualTo(SourceMixDrawing.of(List.copyOf(sources)));
    }

    @Test
    void noSourcesGiveAnEmptyDrawingWithRowsOfZero() {
        var drawing = SourceMixDrawing.of(List.of());

        assertThat(drawing.isEmpty()).isTrue();
        assertThat(drawing.segments()).isEmpty();
        assertThat(drawing.rows()).allSatisfy(r -> assertThat(r.total()).isZero());
    }

    static SourceConfidenceView.SourceRow source(long id, PublisherKind kind, Risk risk) {
        return new SourceConfidenceView.SourceRow(id, "Source " + id, "Publisher " + id, kind, null, risk, "", null,
                "https://example.org/" + id, null, List.of());
    }
}
