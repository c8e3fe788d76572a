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
     * Rates each event in one call, so that the policy is read once and each source's origin is worked out once
     * however many events cite it (the heavy timeline cites 50 sources 1,000 times).
     *
     * @param events each event's citations, each with its origin class; an event without any gets
     *        {@link EventSupport#NONE}
     * @param policy the policy in force, by the names of {@link #POLICY_COLUMNS}
     * @return the support of each event, in the order given
     */
    List<EventSupport> rate(List<List<CitedSourceLine>> events, Map<String, BigDecimal> policy);
}
