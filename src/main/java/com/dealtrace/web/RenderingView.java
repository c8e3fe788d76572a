package com.dealtrace.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A page's view: Thymeleaf's, rendering into memory with the request attributes it sets kept in a plain map of
 * their own.
 * <ul>
 * <li>The page is written into {@link PageBuffer}, UTF-8 bytes in blocks of 32 KB, and to the response once it is
 * whole, with its length: a page that fails while rendering still gets the error page, not half a page. Written as
 * it rendered, each of a heavy timeline's thousands of small writes went through the response wrappers of Spring
 * Security and Spring Session (a fifth of its render in a profile); rendered into Thymeleaf's own string buffer (its
 * {@code produce-partial-output-while-processing: false}), a 732 KB page took 5 MB of growing UTF-16 arrays and
 * their copy, each larger than half a heap region, so that 32 renders at once kept the garbage collector marking
 * the heap (20 fresh heavy timelines per second at 32 connections).</li>
 * <li>Thymeleaf keeps the model and every loop and local variable as request attributes, read and written
 * thousands of times on a heavy timeline; on the request itself each access went through the wrappers of Spring
 * Security and Spring Session and Tomcat's facade into a concurrent map (a tenth of the render in a profile).
 * Attributes set while rendering stay in the view's map; the others are read from the request.</li>
 * </ul>
 */
public class RenderingView extends ThymeleafView {

    /**
     * Renders at once: one per processor. A render reads nothing and writes into memory, so it only needs a
     * processor; more at once only share them, and each holds its garbage (tens of megabytes for a heavy timeline)
     * for longer, until the collector promotes it and marks the old generation over and over.
     */
    private static final Semaphore RENDERS = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
        var page = new BufferedPage(response);
        RENDERS.acquire();
        try {
            super.render(model, new RenderAttributes(request), page);
        }
        finally {
            RENDERS.release();
        }
        page.writeTo(response);
    }

    /** The response as a render sees it: its writer writes into memory. */
    static final class BufferedPage extends HttpServletResponseWrapper {

        private final PageBuffer buffer = new PageBuffer();
        private PrintWriter writer;

        BufferedPage(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                Charset charset = Charset.forName(getCharacterEncoding());
                writer = new PrintWriter(StandardCharsets.UTF_8.equals(charset) ? new Utf8Writer(buffer)
                        : new OutputStreamWriter(buffer, charset));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            throw new IllegalStateException("A page is written through its writer");
        }

        @Override
        public void flushBuffer() {
            // the page goes out whole, once rendered
        }

        /** Writes the rendered page to the response, with its length. */
        void writeTo(HttpServletResponse response) throws IOException {
            if (writer == null) {
                return;
            }
            writer.close();
            if (writer.checkError()) {
                throw new IOException("The page could not be written into memory");
            }
            response.setContentLength(buffer.size());
            buffer.writeTo(response.getOutputStream());
        }
    }

    /**
     * Encodes into a page buffer as UTF-8 straight from the strings it is given: an {@link OutputStreamWriter} copies
     * each string into a new char array first (a megabyte for a heavy timeline's list of events). A surrogate pair
     * split between two writes is still one character; a lone surrogate becomes '?', as the JDK's encoder writes it.
     */
    static final class Utf8Writer extends Writer {

        private final PageBuffer out;
        private final char[] chars = new char[2048];
        private char high;

        Utf8Writer(PageBuffer out) {
            this.out = out;
        }

        @Override
        public void write(String text, int offset, int length) {
            // copied into a small array of characters a part at a time (for a one-byte string, a widening the JIT
            // does in bulk), where the loop below reads them without a call per character
            int end = offset + length;
            while (offset < end) {
                int n = Math.min(chars.length, end - offset);
                text.getChars(offset, offset + n, chars, 0);
                write(chars, 0, n);
                offset += n;
            }
        }

        @Override
        public void write(char[] text, int offset, int length) {
            // a run of ASCII goes straight into the block, the rest a character at a time
            int end = offset + length;
            int i = offset;
            while (i < end) {
                i = high == 0 ? out.ascii(text, i, end) : i;
                if (i < end) {
                    write(text[i++]);
                }
            }
        }

        @Override
        public void write(int c) {
            char ch = (char) c;
            if (high != 0) {
                char pending = high;
                high = 0;
                if (Character.isLowSurrogate(ch)) {
                    int code = Character.toCodePoint(pending, ch);
                    out.write(0xF0 | (code >> 18));
                    out.write(0x80 | ((code >> 12) & 0x3F));
                    out.write(0x80 | ((code >> 6) & 0x3F));
                    out.write(0x80 | (code & 0x3F));
                    return;
                }
                out.write('?');
            }
            if (ch < 0x80) {
                out.write(ch);
            }
            else if (ch < 0x800) {
                out.write(0xC0 | (ch >> 6));
                out.write(0x80 | (ch & 0x3F));
            }
            else if (Character.isHighSurrogate(ch)) {
                high = ch;
            }
            else if (Character.isLowSurrogate(ch)) {
                out.write('?');
            }
            else {
                out.write(0xE0 | (ch >> 12));
                out.write(0x80 | ((ch >> 6) & 0x3F));
                out.write(0x80 | (ch & 0x3F));
            }
        }

        @Override
        public void flush() {
            // the buffer is memory; a surrogate waiting for its pair stays until the next write or close
        }

        @Override
        public void close() {
            if (high != 0) {
                high = 0;
                out.write('?');
            }
        }
    }

    /** Bytes in blocks of 32 KB: no array grows and is copied, none is large enough to be allocated as humongous. */
    static final class PageBuffer extends OutputStream {

        private static final int BLOCK = 32 * 1024;

        private final List<byte[]> blocks = new ArrayList<>();
        private byte[] block;
        private int used = BLOCK;
        private int size;

        @Override
        public void write(int b) {
            if (used == BLOCK) {
                next();
            }
            block[used++] = (byte) b;
            size++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            while (length > 0) {
                if (used == BLOCK) {
                    next();
                }
                int n = Math.min(length, BLOCK - used);
                System.arraycopy(bytes, offset, block, used, n);
                used += n;
                offset += n;
                length -= n;
                size += n;
            }
        }

        /** Writes the characters of {@code text} from {@code start} up to the first that is not ASCII; returns its index. */
        int ascii(char[] text, int start, int end) {
            int i = start;
            while (i < end) {
                if (used == BLOCK) {
                    next();
                }
                int stop = Math.min(end, i + (BLOCK - used));
                int from = i;
                while (i < stop) {
                    char c = text[i];
                    if (c >= 0x80) {
                        break;
                    }
                    block[used++] = (byte) c;
                    i++;
                }
                size += i - from;
                if (i < stop) {
                    return i;
                }
            }
            return i;
        }

        private void next() {
            block = new byte[BLOCK];
            blocks.add(block);
            used = 0;
        }

        int size() {
            return size;
        }

        void writeTo(OutputStream out) throws IOException {
            for (int i = 0; i < blocks.size(); i++) {
                out.write(blocks.get(i), 0, i == blocks.size() - 1 ? used : BLOCK);
            }
        }
    }

    /** The request as a render sees it: what the render sets and removes kept apart from the request's attributes. */
    static final class RenderAttributes extends HttpServletRequestWrapper {

        private final Map<String, Object> set = new HashMap<>();
        private final Set<String> removed = new HashSet<>();

        RenderAttributes(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            Object value = set.get(name);
            if (value != null || removed.contains(name)) {
                return value;
            }
            return super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            if (value == null) {
                removeAttribute(name);
                return;
            }
            set.put(name, value);
            removed.remove(name);
        }

        @Override
        public void removeAttribute(String name) {
            set.remove(name);
            removed.add(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            Set<String> names = new LinkedHashSet<>(Collections.list(super.getAttributeNames()));
            names.removeAll(removed);
            names.addAll(set.keySet());
            return Collections.enumeration(names);
        }
    }

    /** Spring Boot's Thymeleaf view resolver makes these views. */
    @Configuration(proxyBeanMethods = false)
    static class Setup {

        @Bean
        static BeanPostProcessor renderingViews() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessBeforeInitialization(Object bean, String name) {
                    if (bean instanceof ThymeleafViewResolver resolver) {
                        resolver.setViewClass(RenderingView.class);
                    }
                    return bean;
                }
            };
        }
    }
}
