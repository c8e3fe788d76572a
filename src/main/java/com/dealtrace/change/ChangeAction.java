package com.dealtrace.change;

/** What a change did. */
public enum ChangeAction {
    CREATED, UPDATED, DELETED, RESTORED, PUBLISHED, UNPUBLISHED
}
