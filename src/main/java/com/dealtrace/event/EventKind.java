package com.dealtrace.event;

/** What happened at a point of a deal's timeline. */
public enum EventKind {
    ANNOUNCEMENT, FUNDING, PRODUCT_RELEASE, REGULATORY_INQUIRY_OPENED, REGULATORY_DECISION, STATEMENT, WATCH_ITEM_RESOLVED, OTHER
}
