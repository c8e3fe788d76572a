package com.dealtrace.change;

/** What kind of object a change was made to. */
public enum ChangeEntity {
    DEAL, EVENT, SOURCE, CITATION, CASE, PARTY, ASSESSMENT, WEIGHTS, USER, WATCH_ITEM
}
