package com.dealtrace.history;

/** What a change did. */
public enum ChangeAction {
    CREATED, UPDATED, DELETED, RESTORED, PUBLISHED, UNPUBLISHED
}
