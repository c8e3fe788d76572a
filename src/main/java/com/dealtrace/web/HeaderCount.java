package com.dealtrace.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A number of the signed-in reader's own that the header shows (the inbox's unread changes, {@code data-inbox}): the
 * page cache puts each reader's in when it serves a kept page, as it does their name.
 */
public interface HeaderCount {

    /** The reader's number as the header writes it. */
    String text(HttpServletRequest request);
}
