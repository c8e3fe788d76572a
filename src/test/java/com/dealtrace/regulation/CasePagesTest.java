package com.dealtrace.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealtrace.support.DealtraceTest;
import com.dealtrace.support.Pages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The case list and case pages render the demo deal's regulatory cases. */
@DealtraceTest
class CasePagesTest {

    private final Pages pages;

    @Autowired
    CasePagesTest(MockMvcTester mvc, JdbcClient jdbc) {
        this.pages = new Pages(mvc, jdbc);
    }

    @Test
    void caseListGroupsByRegulatorAndFiltersByStatus() {
        String html = pages.page("/cases");
        assertThat(html).contains("Competition and Markets Authority", "European Commission", "Does not qualify for investigation");
        assertThat(pages.page("/cases?status=CLOSED")).contains("merger inquiry").doesNotContain("Informal watch");
        assertThat(pages.page("/cases?regulator=european-commission")).contains("Informal watch").doesNotContain("merger inquiry");
    }

    @Test
    void casePageShowsItsMilestonesAndDeal() {
        assertThat(pages.page("/cases/cma-microsoft-mistral-ai"))
                .contains("Closed", "Does not qualify for investigation", "24 Apr 2024", "17 May 2024")
                .contains("CMA invites comment on the partnership", "CMA: the partnership does not qualify for investigation")
                .contains("href=\"/deals/microsoft-mistral-ai-partnership\"");
    }
}
