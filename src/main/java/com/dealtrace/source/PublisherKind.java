package com.dealtrace.source;

/** Who published a source. */
public enum PublisherKind {
    COMPANY, REGULATOR, NEWS_WIRE, NEWS_OUTLET, BLOG
}
