package com.dealtrace.web;

import java.nio.charset.StandardCharsets;

import com.dealtrace.support.DealtraceTest;
import com.dealtrace.support.GeneratedDeals;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored text reaches the page escaped, wherever it is shown. */
@DealtraceTest
@Transactional
class EscapingTest {

    private static final String PAYLOAD = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

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
}
