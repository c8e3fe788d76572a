package com.dealtrace.confidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.dealtrace.deal.ConfidenceBand;
import com.dealtrace.deal.DealHeader;
import com.dealtrace.event.Stance;
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
        GradingPolicy policy, SourceMixDrawing sourceMix, GradeHistoryDrawing gradeHistory,
        List<DisputedEvent> disputed) {

    /** The weights of the policy in force, by risk. */
    public Map<Risk, BigDecimal> weights() {
        return policy.orderedWeights();
    }

    /** A cited source with everything it supports in this deal. */
    public record SourceRow(long id, String title, String publisher, PublisherKind publisherKind,
            LocalDate publishedOn, Risk risk, String summary, String notes, String url, String archiveUrl,
            List<Support> supports) {
    }

    /**
     * What a source supports, contradicts or gives context to: an event, or the deal as a whole when
     * {@code eventTitle} is null.
     */
    public record Support(String eventTitle, PartialDate eventDate, Stance stance, String quote, String locator) {
    }

    /**
     * How many supporting sources and independent origins stand behind one event, its best risk, the band the same
     * formula suggests for it alone, and whether a source contradicts it with no editor's resolution yet.
     */
    public record EventSupport(long id, PartialDate date, String title, int sources, int origins, Risk bestRisk,
            ConfidenceBand band, boolean disputed) {

        public boolean isUnsourced() {
            return sources == 0;
        }
    }

    /** A disputed event with both sides: the quotes of the sources that support it and of those that contradict it. */
    public record DisputedEvent(long id, PartialDate date, String title, List<Side> supporting, List<Side> contradicting) {
    }

    /** One citation on one side of a dispute. */
    public record Side(long sourceId, String sourceTitle, String publisher, Risk risk, String quote, String locator) {
    }

    /**
     * One grade an admin gave, with the rationale that is kept (null where the reader may not see it). A grade that
     * came in a bundle says so: {@code assessedBy} is then the admin who imported it and {@code assessedAt} when.
     */
    public record Assessment(BigDecimal score, ConfidenceBand band, String rationale, String assessedBy,
            OffsetDateTime assessedAt, Imported imported, Integer policyVersion, BigDecimal suggestedScore,
            GradeStatus status, String reviewedBy, OffsetDateTime reviewedAt, String reviewNote) {

        public Assessment(BigDecimal score, ConfidenceBand band, String rationale, String assessedBy,
                OffsetDateTime assessedAt) {
            this(score, band, rationale, assessedBy, assessedAt, null, null, null, GradeStatus.CONFIRMED, null, null,
                    null);
        }

        public boolean isConfirmed() {
            return status == GradeStatus.CONFIRMED;
        }
    }

    /** What the bundle a grade was imported from said about who graded it and when: a note, either may be unknown. */
    public record Imported(String bundleAssessedBy, OffsetDateTime bundleAssessedAt) {
    }

    /** The admin grade: the newest confirmed grade. */
    public Assessment current() {
        return history.stream().filter(Assessment::isConfirmed).findFirst().orElse(null);
    }

    public List<OriginClass> originClasses() {
        return List.of(OriginClass.values());
    }

    public List<ConfidenceBand> scale() {
        return List.of(ConfidenceBand.values());
    }
}
