package com.dealtrace.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealtrace.support.DealtraceTest;
import com.dealtrace.support.Pages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The home page shows the demo deal's recent events, what awaits a grade and the open cases. */
@DealtraceTest
class HomePageTest {

    private final Pages pages;

    @Autowired
    HomePageTest(MockMvcTester mvc, JdbcClient jdbc) {
        this.pages = new Pages(mvc, jdbc);
    }

    @Test
    void homeShowsRecentEventsDealsAwaitingAGradeAndOpenCases() {
        assertThat(pages.page("/"))
                .contains("Recent events", "ASML leads Mistral", "in <a href=\"/deals/microsoft-mistral-ai-partnership/timeline\"")
                .contains("Awaiting a grade", "ASML leads Mistral AI&#39;s EUR 1.7 bn Series C")
                .contains("Open regulatory cases", "Informal watch on the Microsoft / Mistral AI partnership")
                .doesNotContain("Microsoft / Mistral AI partnership merger inquiry");
    }
}
