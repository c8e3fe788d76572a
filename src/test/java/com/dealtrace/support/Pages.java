package com.dealtrace.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

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
