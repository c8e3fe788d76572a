package com.dealtrace.deal;

import java.util.List;
import java.util.Locale;

import com.dealtrace.party.CaseOutcome;
import com.dealtrace.party.CaseStatus;

/** The deal brief page: the briefing fields, the participants with their roles, the grade and what to watch. */
public record DealBrief(DealHeader header, String summary, String language, Briefing briefing,
        List<Participant> participants, List<Translation> translations, List<CaseLine> cases, int events,
        int sources, List<WatchLine> watch) {

    /**
     * The translation to show a reader of {@code locale}: the one in the reader's language, when the deal was not
     * written in it; otherwise null and the original is shown.
     */
    public Translation translationFor(Locale locale) {
        if (locale == null || locale.getLanguage().equals(language)) {
            return null;
        }
        return translations.stream().filter(t -> t.language().equals(locale.getLanguage())).findFirst().orElse(null);
    }

    /** Whether the deal's original language is not the reader's, so the page says which language it is in. */
    public boolean foreignTo(Locale locale) {
        return locale != null && language != null && !locale.getLanguage().equals(language);
    }

    /** The briefing fields of the seed document. */
    public record Briefing(String signalType, String region, String marketClass, String category,
            String primaryDomain, String topic, Level impact, Level operationalRelevance, TimeHorizon timeHorizon,
            List<String> operatingSurface, List<String> watchItems) {
    }

    /** A regulatory case about the deal, as the brief lists it. */
    public record CaseLine(String slug, String title, String regulator, CaseStatus status, CaseOutcome outcome) {
    }
}
