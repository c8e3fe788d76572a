package com.dealtrace.confidence;

import com.dealtrace.source.Risk;

/**
 * What the suggested score needs to know of a cited source.
 *
 * @param sourceId the source, counted once however often it is cited
 * @param originKey what makes two sources one origin: the publisher party, or the publisher's name
 * @param publisher the publisher's name as shown
 */
public record CitedSource(long sourceId, String originKey, String publisher, Risk risk) {
}
