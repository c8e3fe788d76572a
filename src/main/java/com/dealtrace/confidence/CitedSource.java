package com.dealtrace.confidence;

import java.util.Locale;

import com.dealtrace.event.Stance;
import com.dealtrace.source.Risk;
import com.dealtrace.source.UrlNormalizer;

/**
 * What the suggested score needs to know of a cited source.
 *
 * @param sourceId the source, counted once however often it is cited
 * @param originKey what makes two sources one origin: keys (the publisher party, the publisher's name, the address's
 *        registrable domain) joined by {@link ScoreCalculator#KEYS}; sources sharing any key are one origin
 * @param publisher the publisher's name as shown
 * @param stance what the citation says: only supporting citations raise the score, contradicting ones are listed
 * @param originClass the class of the source's voice for this deal; an origin takes the first of direct, official,
 *        independent among its sources
 */
public record CitedSource(long sourceId, String originKey, String publisher, Risk risk, Stance stance,
        OriginClass originClass) {

    /**
     * Sources of one publisher are one origin: the same party, the same name or the same registrable domain; the
     * keys are joined with {@link ScoreCalculator#KEYS}, and any key in common makes two sources one origin.
     * (A publisher named like a party or its alias is linked to it when the source is saved.)
     */
    public static String originKey(Long publisherId, String publisher, String url) {
        String keys = (publisherId != null ? "party:" + publisherId + ScoreCalculator.KEYS : "")
                + "name:" + publisher.trim().toLowerCase(Locale.ROOT);
        return UrlNormalizer.registrableDomain(url).map(domain -> keys + ScoreCalculator.KEYS + "domain:" + domain)
                .orElse(keys);
    }

    /** A supporting citation of an independent source. */
    public CitedSource(long sourceId, String originKey, String publisher, Risk risk) {
        this(sourceId, originKey, publisher, risk, Stance.SUPPORTS, OriginClass.INDEPENDENT);
    }
}
