package com.dealtrace.web;

/** An edit form that carries the version of the object it was opened on, for optimistic locking. */
public interface EditForm {

    Integer getVersion();

    void setVersion(Integer version);

    /** Trimmed text, or null where the field was left blank. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
