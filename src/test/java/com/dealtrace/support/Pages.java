package com.dealtrace.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

/**
 * The requests the page and form tests of each feature make through MockMvc: a page as an anonymous reader gets
 * it, a page as a role, a form sent by an editor; and the figures they read back from the database.
 */
public final class Pages {

    private final MockMvcTester mvc;
    private final JdbcClient jdbc;

    public Pages(MockMvcTester mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    /** The HTML of the page at {@code url} as an anonymous reader gets it; anything but 200 fails. */
    public String page(String url) {
        var result = mvc.get().uri(url).accept(MediaType.TEXT_HTML).exchange();
        assertThat(result).as(url).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    /** The same for an address as a browser sends it, already encoded (a link read off a page, unescaped). */
    public String pageAt(String address) {
        return page(java.net.URI.create(address));
    }

    private String page(java.net.URI address) {
        var result = mvc.get().uri(address).accept(MediaType.TEXT_HTML).exchange();
        assertThat(result).as(address.toString()).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    /** The first group of every match of {@code pattern} in {@code html}, in order. */
    public static List<String> all(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The first group of the first match, HTML-unescaped (a link's address), or null when none matches. */
    public static String first(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        return m.find() ? HtmlUtils.htmlUnescape(m.group(1)) : null;
    }

    public MvcTestResult get(String url, As as) {
        return mvc.get().uri(url).with(as.user()).exchange();
    }

    /** Sends a form as an editor, with its CSRF token: {@code fields} are names and values in turn. */
    public MvcTestResult post(String url, String... fields) {
        var request = mvc.post().uri(url).with(csrf()).with(As.EDITOR.user());
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }

    public MvcTestResult post(String url, Map<String, String> fields) {
        return post(url, fields.entrySet().stream().flatMap(f -> Stream.of(f.getKey(), f.getValue())).toArray(String[]::new));
    }

    public int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    public long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
