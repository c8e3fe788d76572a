package com.dealtrace.search;

/** What a search result is. */
public enum SearchKind {
    DEAL, PARTY, SOURCE, EVENT, CASE
}
