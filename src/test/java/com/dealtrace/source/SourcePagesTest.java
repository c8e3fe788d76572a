package com.dealtrace.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealtrace.support.DealtraceTest;
import com.dealtrace.support.Pages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The source list and source pages render the demo deal's sources. */
@DealtraceTest
class SourcePagesTest {

    private final Pages pages;

    @Autowired
    SourcePagesTest(MockMvcTester mvc, JdbcClient jdbc) {
        this.pages = new Pages(mvc, jdbc);
    }

    @Test
    void sourceListAndSourcePageShowPublisherRiskAndWhatTheSourceSupports() {
        assertThat(pages.page("/sources")).contains("<strong>9</strong> sources", "TechCrunch", "Medium risk", "Low risk");
        assertThat(pages.page("/sources?risk=MEDIUM")).contains("<strong>3</strong> sources").doesNotContain("Au Large");
        assertThat(pages.page("/sources?publisher=microsoft")).contains("<strong>3</strong> sources");

        String list = pages.page("/sources?publisher=TechCrunch");
        String id = list.replaceAll("(?s).*href=\"/sources/(\\d+)\".*", "$1");
        assertThat(pages.page("/sources/" + id))
                .contains("Microsoft made a EUR 15 m investment in Mistral AI", "Medium risk", "News outlet")
                .contains("Microsoft&#39;s EUR 15 m convertible note is reported", "States the amount and the conversion terms.");
    }
}
