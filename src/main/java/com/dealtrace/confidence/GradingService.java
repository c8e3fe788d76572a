package com.dealtrace.confidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.dealtrace.change.ChangeAction;
import com.dealtrace.change.ChangeEntity;
import com.dealtrace.change.Changes;
import com.dealtrace.change.FieldChange;
import com.dealtrace.deal.ConfidenceBand;
import com.dealtrace.deal.DealService;
import com.dealtrace.security.Audience;
import com.dealtrace.security.CurrentUser;
import com.dealtrace.source.Risk;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins grade deals (every assessment is kept) and tune the weights of the suggested score. */
@Service
@Transactional
public class GradingService {

    private final DealService deals;
    private final ConfidenceQueries queries;
    private final JdbcClient jdbc;
    private final Changes changeLog;
    private final ConfidenceService confidence;

    GradingService(DealService deals, ConfidenceQueries queries, JdbcClient jdbc, Changes changeLog,
            ConfidenceService confidence) {
        this.deals = deals;
        this.confidence = confidence;
        this.queries = queries;
        this.jdbc = jdbc;
        this.changeLog = changeLog;
    }

    /**
     * Records an admin's grade with the policy in force and the score suggested under it. With two-person grading
     * on, the grade is a proposal until a second admin confirms it.
     */
    /** @return whether the grade waits for a second admin */
    public boolean grade(String dealSlug, GradeForm form) {
        var deal = deals.header(dealSlug, Audience.EDITOR);
        var score = form.getScore().setScale(2, RoundingMode.HALF_UP);
        var band = ConfidenceBand.of(score);
        var policy = queries.policy();
        var suggested = confidence.suggested(deal.id());
        boolean proposed = queries.twoPerson();
        long id = jdbc.sql("""
                        insert into confidence_assessment (deal_id, score, grade, rationale, assessed_by, policy_version,
                                                           suggested_score, status)
                        values (:deal, :score, :grade, :rationale, :by, :policy, :suggested, :status) returning id""")
                .param("deal", deal.id())
                .param("score", score)
                .param("grade", band.grade().code())
                .param("rationale", form.getRationale().trim())
                .param("by", CurrentUser.name())
                .param("policy", policy.version())
                .param("suggested", suggested.score())
                .param("status", (proposed ? GradeStatus.PROPOSED : GradeStatus.CONFIRMED).name())
                .query(Long.class)
                .single();
        changeLog.record(ChangeEntity.ASSESSMENT, id, deal.id(), ChangeAction.CREATED,
                (proposed ? "Proposed " : "Graded ") + band.grade().code() + " (" + score.toPlainString() + ")",
                List.of(new FieldChange("Score", deal.score() == null ? null : deal.score().toPlainString(),
                                score.toPlainString()),
                        new FieldChange("Rationale", null, form.getRationale().trim()),
                        new FieldChange("confidence.history.policy", null, Integer.toString(policy.version())),
                        new FieldChange("confidence.history.suggested", null, suggested.score().toPlainString())));
        return proposed;
    }

    @Transactional(readOnly = true)
    public WeightsForm weights() {
        return WeightsForm.of(queries.policy());
    }

    @Transactional(readOnly = true)
    public List<GradingPolicy> policies() {
        return queries.policies();
    }

    /** Saves the weights and class factors as a new policy version, when anything changed. */
    public void tune(WeightsForm form) {
        var before = queries.policy();
        List<FieldChange> changes = new ArrayList<>();
        Map<Risk, BigDecimal> weights = new EnumMap<>(Risk.class);
        form.weights().forEach((risk, weight) -> {
            var value = weight.setScale(2, RoundingMode.HALF_UP);
            weights.put(risk, value);
            if (before.weights().get(risk).compareTo(value) != 0) {
                changes.add(new FieldChange(risk.name(), before.weights().get(risk).toPlainString(), value.toPlainString()));
            }
        });
        Map<OriginClass, BigDecimal> factors = new EnumMap<>(OriginClass.class);
        form.factors().forEach((originClass, factor) -> {
            var value = (factor == null ? before.factors().get(originClass) : factor).setScale(2, RoundingMode.HALF_UP);
            factors.put(originClass, value);
            if (before.factors().get(originClass).compareTo(value) != 0) {
                changes.add(new FieldChange(originClass.name(), before.factors().get(originClass).toPlainString(),
                        value.toPlainString()));
            }
        });
        if (changes.isEmpty()) {
            return;
        }
        // the primary key makes two admins saving at once take turns: the second gets a constraint error, not a fork
        int version = before.version() + 1;
        jdbc.sql("""
                        insert into grading_policy (version, low, medium, high, direct, official, independent, created_by)
                        values (:version, :low, :medium, :high, :direct, :official, :independent, :by)""")
                .param("version", version)
                .param("low", weights.get(Risk.LOW))
                .param("medium", weights.get(Risk.MEDIUM))
                .param("high", weights.get(Risk.HIGH))
                .param("direct", factors.get(OriginClass.DIRECT))
                .param("official", factors.get(OriginClass.OFFICIAL))
                .param("independent", factors.get(OriginClass.INDEPENDENT))
                .param("by", CurrentUser.name())
                .update();
        changeLog.record(ChangeEntity.WEIGHTS, version, null, ChangeAction.UPDATED,
                "Grading policy version " + version, changes);
    }

    /** How a review of a proposed grade ended. */
    public enum Review {
        DONE, OWN_PROPOSAL, NOT_PROPOSED
    }

    @Transactional(readOnly = true)
    public List<Proposal> proposals() {
        return queries.proposals();
    }

    @Transactional(readOnly = true)
    public boolean twoPerson() {
        return queries.twoPerson();
    }

    /** Turns two-person grading on or off; grades already proposed keep waiting for their review. */
    public void twoPerson(boolean on) {
        boolean before = queries.twoPerson();
        if (before == on) {
            return;
        }
        jdbc.sql("update grading_setting set two_person = :on").param("on", on).update();
        changeLog.record(ChangeEntity.WEIGHTS, 0, null, ChangeAction.UPDATED,
                on ? "Turned two-person grading on" : "Turned two-person grading off",
                List.of(new FieldChange("twoPerson.setting", Boolean.toString(before), Boolean.toString(on))));
    }

    /**
     * A second admin confirms or rejects a proposed grade with a note; the admin who proposed it cannot review it,
     * and a grade already reviewed is left as it is.
     */
    public Review review(long id, boolean confirm, String note) {
        String me = CurrentUser.name();
        var row = jdbc.sql("""
                        select deal_id, assessed_by, status, score, grade from confidence_assessment where id = :id
                        for update""")
                .param("id", id)
                .query()
                .listOfRows();
        if (row.isEmpty() || !GradeStatus.PROPOSED.name().equals(row.get(0).get("status"))) {
            return Review.NOT_PROPOSED;
        }
        if (me.equals(row.get(0).get("assessed_by"))) {
            return Review.OWN_PROPOSAL;
        }
        var status = confirm ? GradeStatus.CONFIRMED : GradeStatus.REJECTED;
        jdbc.sql("""
                        update confidence_assessment set status = :status, reviewed_by = :by, reviewed_at = now(),
                                                         review_note = :note
                        where id = :id""")
                .param("status", status.name())
                .param("by", me)
                .param("note", note.strip())
                .param("id", id)
                .update();
        changeLog.record(ChangeEntity.ASSESSMENT, id, ((Number) row.get(0).get("deal_id")).longValue(), ChangeAction.UPDATED,
                (confirm ? "Confirmed the grade " : "Rejected the grade ") + row.get(0).get("grade") + " ("
                        + row.get(0).get("score") + ")",
                List.of(new FieldChange("twoPerson.field.status", GradeStatus.PROPOSED.name(), status.name()),
                        new FieldChange("twoPerson.field.note", null, note.strip())));
        return Review.DONE;
    }
}
