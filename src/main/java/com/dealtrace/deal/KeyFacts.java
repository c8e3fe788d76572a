package com.dealtrace.deal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.dealtrace.party.CaseOutcome;
import com.dealtrace.party.CaseStatus;

/**
 * What an analyst reads first on a deal's brief, timeline and sources pages, loaded in the same statement as the
 * deal's header: how much of the timeline is sourced, the latest event, the latest regulatory outcome, and when the
 * current grade was given and why (the why for members only).
 *
 * @param firstUnsourcedEventId the earliest event without a source, or null when every event has one
 * @param gradedAt when the current grade was given, or null while the deal awaits a grade
 * @param rationale the current grade's rationale, or null for a reader who may not read it
 */
public record KeyFacts(int events, int sourcedEvents, Long firstUnsourcedEventId, LatestEvent latestEvent,
        LatestCase latestCase, OffsetDateTime gradedAt, String rationale) {

    /** The longest "why" shown before it is cut. */
    static final int WHY_LENGTH = 160;

    /** The newest event by date; {@code precision} is DAY, MONTH or YEAR. */
    public record LatestEvent(long id, String title, LocalDate on, String precision) {
    }

    /** The regulatory case decided (or else opened) most recently. */
    public record LatestCase(String slug, String regulator, CaseStatus status, CaseOutcome outcome, LocalDate openedOn,
            LocalDate decidedOn) {
    }

    public boolean allSourced() {
        return sourcedEvents == events;
    }

    public LocalDate gradedOn() {
        return gradedAt == null ? null : gradedAt.toLocalDate();
    }

    /** One line of why: the rationale's first sentence, cut at a word near {@value #WHY_LENGTH} characters. */
    public String why() {
        if (rationale == null || rationale.isBlank()) {
            return null;
        }
        String text = rationale.strip().replaceAll("\\s+", " ");
        int end = -1;
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' ') {
                end = i + 1;
                break;
            }
        }
        String sentence = end < 0 ? text : text.substring(0, end);
        if (sentence.length() <= WHY_LENGTH) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', WHY_LENGTH - 1);
        return sentence.substring(0, cut > 0 ? cut : WHY_LENGTH - 1) + "…";
    }
}
