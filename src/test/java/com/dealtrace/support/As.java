package com.dealtrace.support;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

/** The people of the role matrix, as MockMvc request post-processors. */
public enum As {
    ANONYMOUS, ANALYST, EDITOR, ADMIN;

    public RequestPostProcessor user() {
        return this == ANONYMOUS ? anonymous() : SecurityMockMvcRequestPostProcessors.user(name().toLowerCase()).roles(name());
    }

    /** The demo password of this role's user (see src/test/resources/application-demo.yml). */
    public String password() {
        return name().toLowerCase() + "-password";
    }
}
