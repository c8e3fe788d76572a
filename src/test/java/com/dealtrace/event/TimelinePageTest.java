package com.dealtrace.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealtrace.support.DealtraceTest;
import com.dealtrace.support.Pages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The timeline page lists and draws the demo deal's events. */
@DealtraceTest
class TimelinePageTest {

    private static final String DEAL = "/deals/microsoft-mistral-ai-partnership";

    private final Pages pages;

    @Autowired
    TimelinePageTest(MockMvcTester mvc, JdbcClient jdbc) {
        this.pages = new Pages(mvc, jdbc);
    }

    @Test
    void timelineListsEventsInDateOrderWithTheirSourcesAndPrecision() {
        String page = pages.page(DEAL + "/timeline");
        String html = page.substring(page.indexOf("<ol class=\"timeline\">"));

        assertThat(html).contains("December 2023", "June 2025", "September 2025", "26 Feb 2024", "17 May 2024");
        assertThat(html.indexOf("December 2023")).isLessThan(html.indexOf("26 Feb 2024"));
        assertThat(html.indexOf("26 Feb 2024")).isLessThan(html.indexOf("17 May 2024"));
        assertThat(html.indexOf("17 May 2024")).isLessThan(html.indexOf("June 2025"));
        assertThat(html.indexOf("June 2025")).isLessThan(html.indexOf("September 2025"));
        assertThat(page).contains("<strong>8</strong> events", "<strong>3</strong> have no source");
        assertThat(html).contains("Unsourced: no source is cited for this event.");
        assertThat(html).contains("Regulatory decision", "milestone of", "CMA: the partnership does not qualify for investigation");
        assertThat(html).contains("Low risk", "Medium risk", "— TechCrunch", "— Competition and Markets Authority");
        assertThat(html).contains("datetime=\"2023-12\"");
        String svg = page.substring(page.indexOf("<svg"), page.indexOf("</svg>"));
        assertThat(svg.split("<a href=\"#event-", -1)).hasSize(9);
        assertThat(svg).contains("Drawn timeline of 8 events and 2 regulatory cases", "class=\"case-bar\"",
                "href=\"/cases/cma-microsoft-mistral-ai\"", "mark span kind-funding");
        // unsourced events are hollow marks; the case without an opening date is still drawn, marked as such; today
        assertThat(svg).contains("unsourced\"", "(unsourced)</title>", "class=\"case-bar open undated\"",
                "(dates not all recorded: drawn from what is known)", ">Today</text>", "class=\"mark-label\"");
    }
}
