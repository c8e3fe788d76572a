package com.dealtrace.web;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A message for the reader that a controller hands to the page (a flash notice after a save, an import failure):
 * a key of the message files and its arguments, so the page writes it in the reader's language. Serializable, as
 * flash attributes travel in the session.
 */
public final class Notice {

    private Notice() {
    }

    public static MessageSourceResolvable of(String key, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {key}, arguments);
    }
}
