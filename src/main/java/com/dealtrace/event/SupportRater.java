package com.dealtrace.event;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Rates the support of one event from its cited sources under the grading policy in force. Implemented where the
 * suggested score is computed (confidence), so that timelines show the same numbers without depending on it; the
 * timeline's own statement reads the policy's {@link #POLICY_COLUMNS}, so rating adds no statement.
 */
public interface SupportRater {

    /** The columns of the grading policy that rating needs: the risk weights and the class factors. */
    List<String> POLICY_COLUMNS = List.of("low", "medium", "high", "direct", "official", "independent");

    /**
     * @param sources the event's citations, each with its origin class
     * @param policy the policy in force, by the names of {@link #POLICY_COLUMNS}
     */
    EventSupport rate(List<CitedSourceLine> sources, Map<String, BigDecimal> policy);
}
