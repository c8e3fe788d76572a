package com.dealtrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;

import com.dealtrace.support.DealtraceTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * How pages are rendered: into memory and written to the response once (written as they rendered, each of a heavy
 * timeline's thousands of small writes went through the response wrappers of Spring Security and Spring Session, a
 * fifth of its render in a profile), with the attributes the render sets kept apart from the request's.
 */
@DealtraceTest
class RenderSettingsTest {

    @Autowired
    ThymeleafViewResolver views;

    @Test
    void pagesAreRenderedIntoMemoryAndWrittenOnce() {
        assertThat(views.getProducePartialOutputWhileProcessing()).isFalse();
    }

    @Test
    void pagesAreRenderedByRenderingViews() throws Exception {
        assertThat(views.resolveViewName("home/home", Locale.ENGLISH)).isInstanceOf(RenderingView.class);
    }

    @Test
    void aRenderSeesTheRequestsAttributesAndKeepsItsOwnApart() {
        var request = new MockHttpServletRequest();
        request.setAttribute("token", "t");
        request.setAttribute("shadowed", "request's");
        var render = new RenderingView.RenderAttributes(request);

        render.setAttribute("e", 1);
        render.setAttribute("shadowed", "render's");
        assertThat(render.getAttribute("token")).isEqualTo("t");
        assertThat(render.getAttribute("e")).isEqualTo(1);
        assertThat(render.getAttribute("shadowed")).isEqualTo("render's");
        assertThat(Collections.list(render.getAttributeNames())).contains("token", "e", "shadowed");

        render.removeAttribute("shadowed");
        render.setAttribute("e", null);
        assertThat(render.getAttribute("shadowed")).isNull();
        assertThat(render.getAttribute("e")).isNull();
        assertThat(Collections.list(render.getAttributeNames())).contains("token").doesNotContain("e", "shadowed");

        render.setAttribute("shadowed", "again");
        assertThat(render.getAttribute("shadowed")).isEqualTo("again");
        // the request itself is untouched
        assertThat(request.getAttribute("shadowed")).isEqualTo("request's");
        assertThat(request.getAttribute("e")).isNull();
    }
}
