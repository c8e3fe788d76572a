package com.dealtrace.bundle;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import com.dealtrace.bundle.BundleChecks.Amount;
import com.dealtrace.bundle.BundleChecks.Choice;
import com.dealtrace.bundle.BundleChecks.Day;
import com.dealtrace.bundle.BundleChecks.Fraction;
import com.dealtrace.bundle.BundleChecks.Matching;
import com.dealtrace.bundle.BundleChecks.PlainList;
import com.dealtrace.bundle.BundleChecks.Text;
import com.dealtrace.bundle.BundleChecks.Timestamp;
import com.dealtrace.bundle.BundleChecks.Url;
import com.dealtrace.bundle.BundleChecks.Version;
import com.dealtrace.bundle.BundleValues.Flag;
import com.dealtrace.bundle.BundleValues.Strings;
import com.dealtrace.confidence.OriginClass;
import com.dealtrace.deal.Level;
import com.dealtrace.deal.PublicationState;
import com.dealtrace.deal.TimeHorizon;
import com.dealtrace.deal.Visibility;
import com.dealtrace.event.EventKind;
import com.dealtrace.event.Stance;
import com.dealtrace.party.CaseOutcome;
import com.dealtrace.party.CaseStatus;
import com.dealtrace.party.DealStatus;
import com.dealtrace.party.DealType;
import com.dealtrace.party.ParticipantRole;
import com.dealtrace.party.PartyKind;
import com.dealtrace.regulation.Phase;
import com.dealtrace.source.PublisherKind;
import com.dealtrace.source.Risk;
import com.dealtrace.web.DatePrecision;
import com.dealtrace.web.Slugs;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;

/**
 * The objects of a bundle (docs/bundles.md) as they are read, their components in the order an export writes them. Text, dates and enumeration values stay strings, so that
 * a wrong value is a problem at its path, found together with all the others, rather than the end of reading; each
 * component carries its check. {@link BundleReader} binds them with the application's JSON mapper and checks them with
 * the application's validator; the bundle's root (format, version and the lists of parties, sources and deals) it
 * reads itself, one element at a time.
 */
final class BundleFile {

    static final String SLUG = "^" + Slugs.SHAPE + "$";
    static final String SLUG_SHAPE = "lower-case words joined by dashes";
    static final String LANGUAGE = "^[a-z]{2}$";
    static final String LANGUAGE_SHAPE = "a two-letter language code";

    private BundleFile() {
    }

    record Party(
            @Matching(regex = SLUG, expected = SLUG_SHAPE) String slug,
            @Text(max = 200, required = true) String name,
            @Choice(value = PartyKind.class, required = true) String kind,
            @Matching(regex = "^[A-Z]{2}$", expected = "a two-letter ISO 3166 code") String country,
            @Url String website,
            @Strings @PlainList List<String> aliases,
            @Text(max = 5_000) String description,
            @Text(max = 100) String organisation,
            @Text(max = 200) String position) {

        Party {
            aliases = orEmpty(aliases);
        }

        /** The slug the party is known by in the bundle: its own, else one made of its name; none if neither passes. */
        String key() {
            String own = BundleChecks.matching(slug, SLUG);
            return own != null ? own : checkedName() == null ? null : Slugs.of(checkedName());
        }

        /** The name, stripped, if it passes its check. */
        String checkedName() {
            return BundleChecks.textProblem(name, true, 200) == null ? text(name) : null;
        }
    }

    record Source(
            @Url(required = true) String url,
            @Text(max = 500, required = true) String title,
            @Text(max = 200, required = true) String publisher,
            @Text(max = 100) String publisherParty,
            @Choice(value = PublisherKind.class, required = true) String publisherKind,
            @Day String publishedOn,
            @Matching(regex = LANGUAGE, expected = LANGUAGE_SHAPE) String language,
            @Choice(value = Risk.class, required = true) String risk,
            @Text(max = 1_000) String summary,
            @Url String archiveUrl) {
    }

    record Deal(
            @Matching(regex = SLUG, expected = SLUG_SHAPE, required = true) String slug,
            @Text(max = 300, required = true) String title,
            @Choice(value = DealType.class, required = true) String type,
            @Choice(value = DealStatus.class, required = true) String status,
            @Day String announcedOn,
            @Text(max = 20_000) String summary,
            @Amount BigDecimal amount,
            @Matching(regex = "^[A-Z]{3}$", expected = "a three-letter ISO 4217 code") String currency,
            @Text(max = 300) String amountNote,
            @Matching(regex = LANGUAGE, expected = LANGUAGE_SHAPE) String language,
            @Text(max = 300) String signalType,
            @Text(max = 300) String region,
            @Text(max = 300) String marketClass,
            @Text(max = 300) String category,
            @Text(max = 300) String primaryDomain,
            @Text(max = 300) String topic,
            @Choice(Level.class) String impact,
            @Choice(Level.class) String operationalRelevance,
            @Choice(TimeHorizon.class) String timeHorizon,
            @Strings @PlainList List<String> operatingSurface,
            @Strings @PlainList List<String> watchItems,
            @Choice(Visibility.class) String visibility,
            @Choice(PublicationState.class) String state,
            List<Participant> participants,
            List<Translation> translations,
            List<Case> cases,
            List<Event> events,
            List<Citation> citations,
            List<Grade> grades) {

        Deal {
            operatingSurface = orEmpty(operatingSurface);
            watchItems = orEmpty(watchItems);
            participants = orEmpty(participants);
            translations = orEmpty(translations);
            cases = orEmpty(cases);
            events = orEmpty(events);
            citations = orEmpty(citations);
            grades = orEmpty(grades);
        }
    }

    record Participant(
            @Text(max = 100, required = true) String party,
            @Choice(value = ParticipantRole.class, required = true) String role,
            @Text(max = 500) String note) {
    }

    record Translation(
            @Matching(regex = LANGUAGE, expected = LANGUAGE_SHAPE, required = true) String language,
            @Text(max = 300, required = true) String title,
            @Text(max = 20_000) String summary) {
    }

    record Case(
            @Matching(regex = SLUG, expected = SLUG_SHAPE, required = true) String slug,
            @Text(max = 100, required = true) String regulator,
            @Matching(regex = "^[A-Z]{2}$", expected = "a two-letter code such as GB or EU", required = true) String jurisdiction,
            @Text(max = 100) String reference,
            @Text(max = 300, required = true) String title,
            @Url String url,
            @Day String openedOn,
            @Day String decidedOn,
            @Choice(value = CaseStatus.class, required = true) String status,
            @Choice(CaseOutcome.class) String outcome,
            List<CasePhase> phases) {

        Case {
            phases = orEmpty(phases);
        }
    }

    record CasePhase(
            @Choice(value = Phase.class, required = true) String phase,
            @Day(required = true) String startedOn,
            @Flag Boolean remedies,
            @Day String decidedOn) {
    }

    record Event(
            @Day(required = true) String date,
            @Choice(DatePrecision.class) String precision,
            @Choice(value = EventKind.class, required = true) String kind,
            @Text(max = 300, required = true) String title,
            @Text(max = 10_000) String description,
            @JsonProperty("case") @Text(max = 100) String caseSlug,
            List<Citation> citations) {

        Event {
            citations = orEmpty(citations);
        }
    }

    record Citation(
            @Url(required = true) String url,
            @Choice(Stance.class) String stance,
            // written for readers of the bundle: checked, but Dealtrace derives the class from the deal's participants
            @Choice(OriginClass.class) String originClass,
            @Text(max = 2_000) String quote,
            @Text(max = 300) String locator,
            @Text(max = 1_000) String note) {
    }

    record Grade(
            @NotNull(message = "is missing") @Fraction BigDecimal score,
            @Text(max = 5_000, required = true) String rationale,
            @Text(max = 100) String assessedBy,
            @Timestamp String assessedAt,
            @Version BigDecimal policyVersion,
            @Fraction BigDecimal suggestedScore) {
    }

    /** Text as it is stored: stripped, and none when blank. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The enumeration value a checked text names, or none. */
    static <E extends Enum<E>> E choice(Class<E> type, String value) {
        return text(value) == null ? null : Enum.valueOf(type, text(value));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return Objects.requireNonNullElse(list, List.of());
    }
}
