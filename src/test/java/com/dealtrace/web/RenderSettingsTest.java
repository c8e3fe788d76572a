package com.dealtrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;

import com.dealtrace.support.DealtraceTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * How pages are rendered: into memory, in blocks, and written to the response once with their length (written as
 * they rendered, each of a heavy timeline's thousands of small writes went through the response wrappers of Spring
 * Security and Spring Session, a fifth of its render in a profile; rendered into one growing buffer, a heavy page
 * took megabytes of copies), with the attributes the render sets kept apart from the request's.
 */
@DealtraceTest
class RenderSettingsTest {

    @Autowired
    ThymeleafViewResolver views;

    @Test
    void pagesAreRenderedIntoTheViewsOwnBuffer() {
        // Thymeleaf writes to the response's writer, which RenderingView points at its page buffer
        assertThat(views.getProducePartialOutputWhileProcessing()).isTrue();
    }

    @Test
    void thePageBufferKeepsEveryByteAcrossItsBlocks() throws Exception {
        var expected = new java.io.ByteArrayOutputStream();
        var buffer = new RenderingView.PageBuffer();
        var random = new java.util.Random(16);
        for (int i = 0; i < 3000; i++) {
            byte[] piece = new byte[random.nextInt(200)];
            random.nextBytes(piece);
            buffer.write(piece, 0, piece.length);
            expected.write(piece);
            buffer.write(i);
            expected.write(i);
        }
        assertThat(expected.size()).isGreaterThan(3 * 32 * 1024);
        var written = new java.io.ByteArrayOutputStream();
        buffer.writeTo(written);
        assertThat(buffer.size()).isEqualTo(expected.size());
        assertThat(written.toByteArray()).isEqualTo(expected.toByteArray());
    }

    @Test
    void theWriterEncodesAsTheJdksUtf8EncoderDoes() throws Exception {
        String[] pieces = {"<p>Décision — § 4 · ¿qué? ", "emoji \uD83D", "\uDE00 split", " lone \uDC00 low, lone \uD800",
                " high then text", "a".repeat(40_000) + "ü€", "\uD83D"};
        var buffer = new RenderingView.PageBuffer();
        var expected = new java.io.ByteArrayOutputStream();
        try (var ours = new RenderingView.Utf8Writer(buffer);
                var jdks = new java.io.OutputStreamWriter(expected, java.nio.charset.StandardCharsets.UTF_8)) {
            for (String piece : pieces) {
                ours.write(piece, 0, piece.length());
                jdks.write(piece);
            }
            ours.write(new char[] {'x', '\u00e9'}, 0, 2);
            jdks.write(new char[] {'x', '\u00e9'}, 0, 2);
        }
        var written = new java.io.ByteArrayOutputStream();
        buffer.writeTo(written);
        assertThat(written.toByteArray()).isEqualTo(expected.toByteArray());
    }

    @Test
    void aRenderedPageGoesOutWholeWithItsLengthAndAFailedOneNotAtAll() throws Exception {
        var response = new MockHttpServletResponse();
        response.setCharacterEncoding("UTF-8");
        var page = new RenderingView.BufferedPage(response);
        page.getWriter().write("<p>Décision — § 4</p>");
        assertThat(response.getContentAsByteArray()).isEmpty();
        assertThat(response.isCommitted()).isFalse();
        page.writeTo(response);
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("<p>Décision — § 4</p>");
        assertThat(response.getContentLength()).isEqualTo("<p>Décision — § 4</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
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
