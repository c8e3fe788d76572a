package com.dealtrace.confidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.dealtrace.deal.ConfidenceBand;
import com.dealtrace.deal.DealHeader;
import com.dealtrace.source.PublisherKind;
import com.dealtrace.source.Risk;
import com.dealtrace.web.PartialDate;

import org.springframework.context.MessageSourceResolvable;

/**
 * The source-confidence page: every source behind a deal, the origins they come from, the suggested score and
 * its explanation, what would raise the grade, and the admin's grades over time, with the drawings of the sources
 * by kind of publisher and risk and of the grades over time.
 */
public record SourceConfidenceView(DealHeader deal, List<SourceRow> sources, SuggestedScore suggested,
        List<EventSupport> events, List<MessageSourceResolvable> improvements, List<Assessment> history,
        Map<Risk, BigDecimal> weights, SourceMixDrawing sourceMix, GradeHistoryDrawing gradeHistory) {

    /** A cited source with everything it supports in this deal. */
    public record SourceRow(long id, String title, String publisher, PublisherKind publisherKind,
            LocalDate publishedOn, Risk risk, String summary, String notes, String url, String archiveUrl,
            List<Support> supports) {
    }

    /** What a source supports: an event, or the deal as a whole when {@code eventTitle} is null. */
    public record Support(String eventTitle, PartialDate eventDate, String quote, String locator) {
    }

    /** How many sources and independent origins stand behind one event. */
    public record EventSupport(long id, PartialDate date, String title, int sources, int origins, Risk bestRisk) {

        public boolean isUnsourced() {
            return sources == 0;
        }
    }

    /**
     * One grade an admin gave, with the rationale that is kept (null where the reader may not see it). A grade that
     * came in a bundle says so: {@code assessedBy} is then the admin who imported it and {@code assessedAt} when.
     */
    public record Assessment(BigDecimal score, ConfidenceBand band, String rationale, String assessedBy,
            OffsetDateTime assessedAt, Imported imported) {

        public Assessment(BigDecimal score, ConfidenceBand band, String rationale, String assessedBy,
                OffsetDateTime assessedAt) {
            this(score, band, rationale, assessedBy, assessedAt, null);
        }
    }

    /** What the bundle a grade was imported from said about who graded it and when: a note, either may be unknown. */
    public record Imported(String bundleAssessedBy, OffsetDateTime bundleAssessedAt) {
    }

    public Assessment current() {
        return history.isEmpty() ? null : history.get(0);
    }

    public List<ConfidenceBand> scale() {
        return List.of(ConfidenceBand.values());
    }
}
