package com.dealtrace.confidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
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

    GradingService(DealService deals, ConfidenceQueries queries, JdbcClient jdbc, Changes changeLog) {
        this.deals = deals;
        this.queries = queries;
        this.jdbc = jdbc;
        this.changeLog = changeLog;
    }

    public void grade(String dealSlug, GradeForm form) {
        var deal = deals.header(dealSlug, Audience.EDITOR);
        var score = form.getScore().setScale(2, RoundingMode.HALF_UP);
        var band = ConfidenceBand.of(score);
        long id = jdbc.sql("""
                        insert into confidence_assessment (deal_id, score, grade, rationale, assessed_by)
                        values (:deal, :score, :grade, :rationale, :by) returning id""")
                .param("deal", deal.id())
                .param("score", score)
                .param("grade", band.grade().code())
                .param("rationale", form.getRationale().trim())
                .param("by", CurrentUser.name())
                .query(Long.class)
                .single();
        changeLog.record(ChangeEntity.ASSESSMENT, id, deal.id(), ChangeAction.CREATED,
                "Graded " + band.grade().code() + " (" + score.toPlainString() + ")",
                List.of(new FieldChange("Score", deal.score() == null ? null : deal.score().toPlainString(),
                        score.toPlainString()), new FieldChange("Rationale", null, form.getRationale().trim())));
    }

    @Transactional(readOnly = true)
    public WeightsForm weights() {
        return WeightsForm.of(queries.weights());
    }

    public void tune(WeightsForm form) {
        Map<Risk, BigDecimal> before = queries.weights();
        List<FieldChange> changes = new ArrayList<>();
        form.weights().forEach((risk, weight) -> {
            var value = weight.setScale(2, RoundingMode.HALF_UP);
            if (before.get(risk).compareTo(value) != 0) {
                changes.add(new FieldChange(risk.name(), before.get(risk).toPlainString(), value.toPlainString()));
                jdbc.sql("update risk_weight set weight = :weight, version = version + 1 where risk = :risk")
                        .param("weight", value)
                        .param("risk", risk.name())
                        .update();
            }
        });
        if (!changes.isEmpty()) {
            changeLog.record(ChangeEntity.WEIGHTS, 0, null, ChangeAction.UPDATED, "Tuned the risk weights", changes);
        }
    }
}
