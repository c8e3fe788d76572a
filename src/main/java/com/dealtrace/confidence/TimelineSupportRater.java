package com.dealtrace.confidence;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.dealtrace.event.CitedSourceLine;
import com.dealtrace.event.EventSupport;
import com.dealtrace.event.SupportRater;
import com.dealtrace.source.Risk;

import org.springframework.stereotype.Component;

/** Rates each timeline event by the suggested score's own formula, as the sources page does. */
@Component
class TimelineSupportRater implements SupportRater {

    @Override
    public List<EventSupport> rate(List<List<CitedSourceLine>> events, Map<String, BigDecimal> policy) {
        if (events.isEmpty()) {
            return List.of(); // no rows, so no policy read either: a case without milestones
        }
        var calculator = new ScoreCalculator(policy(policy));
        Map<Long, String> originKeys = new HashMap<>();
        return events.stream()
                .map(sources -> sources.isEmpty() ? EventSupport.NONE : support(calculator.score(sources.stream()
                        .map(s -> new CitedSource(s.sourceId(), originKeys.computeIfAbsent(s.sourceId(),
                                id -> CitedSource.originKey(s.publisherId(), s.publisher(), s.url())),
                                s.publisher(), s.risk(), s.stance(), OriginClass.valueOf(s.originClass())))
                        .toList())))
                .toList();
    }

    static EventSupport support(SuggestedScore score) {
        Risk best = score.origins().isEmpty() ? null : score.origins().get(0).bestRisk();
        return new EventSupport(score.sources(), score.origins().size(), best, score.score(), score.grade().code(),
                score.band().name().toLowerCase(java.util.Locale.ROOT), score.sources() > 0 && score.band().isWeak());
    }

    private static GradingPolicy policy(Map<String, BigDecimal> columns) {
        Map<Risk, BigDecimal> weights = new EnumMap<>(Risk.class);
        weights.put(Risk.LOW, columns.get("low"));
        weights.put(Risk.MEDIUM, columns.get("medium"));
        weights.put(Risk.HIGH, columns.get("high"));
        Map<OriginClass, BigDecimal> factors = new EnumMap<>(OriginClass.class);
        factors.put(OriginClass.DIRECT, columns.get("direct"));
        factors.put(OriginClass.OFFICIAL, columns.get("official"));
        factors.put(OriginClass.INDEPENDENT, columns.get("independent"));
        return new GradingPolicy(0, weights, factors, null, null);
    }
}
