package com.dealtrace.web;

import java.nio.charset.StandardCharsets;

import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;
import com.dealtrace.support.GeneratedDeals;
import com.dealtrace.support.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored text reaches the page escaped, wherever it is shown, and so does text typed into a form. */
@DealtraceTest
@Transactional
class EscapingTest {

    private static final String PAYLOAD = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";

    private final MockMvcTester mvc;
    private final JdbcClient jdbc;
    private final Pages pages;

    @Autowired
    EscapingTest(MockMvcTester mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.pages = new Pages(mvc, jdbc);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/deals", "/deals/xss-deal", "/deals/xss-deal/timeline", "/deals/xss-deal/sources",
            "/parties", "/parties/xss-deal-party", "/sources"})
    void textWithHtmlComesBackEscaped(String url) {
        GeneratedDeals.create(jdbc, "xss-deal", 3, PAYLOAD);

        var result = mvc.get().uri(url).exchange();

        assertThat(result).hasStatusOk();
        String html = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script>alert", "<img src=x").contains("&lt;script&gt;alert(");
    }

    @Test
    void textWithHtmlEnteredInAFormComesBackEscaped() {
        String payload = "<script>alert('x')</script>";
        assertThat(pages.post("/parties/new", "name", payload, "kind", "COMPANY", "description", payload))
                .hasStatus3xxRedirection();

        assertThat(pages.get("/parties/script-alert-x-script", As.ANONYMOUS)).bodyText()
                .doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(pages.post("/deals/new", "title", payload, "type", "INVESTMENT", "status", "RUMOURED",
                "visibility", "PUBLIC", "language", "xx<b>")).hasStatus(422).bodyText()
                .doesNotContain("<script>alert", "xx<b>").contains("&lt;script&gt;");
    }
}
