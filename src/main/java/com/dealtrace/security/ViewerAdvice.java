package com.dealtrace.security;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the {@link Viewer} in every page's model, for the header and for the buttons a user may use. */
@ControllerAdvice
class ViewerAdvice {

    private final ViewerResolver viewers;

    ViewerAdvice(ViewerResolver viewers) {
        this.viewers = viewers;
    }

    @ModelAttribute("viewer")
    Viewer viewer() {
        return viewers.current();
    }
}
