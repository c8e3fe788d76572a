package com.dealtrace.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Thrown by a service when the thing a page is about does not exist; the user sees the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object key) {
        super(what + " not found: " + key);
    }
}
