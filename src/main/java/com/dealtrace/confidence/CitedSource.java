package com.dealtrace.confidence;

import com.dealtrace.source.Risk;

/**
 * What the suggested score needs to know of a cited source.
 *
 * @param sourceId the source, counted once however often it is cited
 * @param originKey what makes two sources one origin: keys (the publisher party, the publisher's name, the address's
 *        registrable domain) joined by {@link ScoreCalculator#KEYS}; sources sharing any key are one origin
 * @param publisher the publisher's name as shown
 */
public record CitedSource(long sourceId, String originKey, String publisher, Risk risk) {
}
