package com.dealtrace.event;

/**
 * What a cited source says of its event: it supports it, contradicts it, or only gives context. Only supporting
 * citations raise the suggested score; a contradicting one marks the event disputed.
 */
public enum Stance {
    SUPPORTS, CONTRADICTS, CONTEXT;

    public String cssClass() {
        return "stance-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
