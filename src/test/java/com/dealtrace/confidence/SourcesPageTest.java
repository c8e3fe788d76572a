package com.dealtrace.confidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;
import com.dealtrace.support.GeneratedDeals;
import com.dealtrace.support.Pages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

/** A deal's sources page: its sources, low risk first, and how the suggested score is reached. */
@DealtraceTest
class SourcesPageTest {

    private static final String DEAL = "/deals/microsoft-mistral-ai-partnership";

    private final MockMvcTester mvc;
    private final JdbcClient jdbc;
    private final Pages pages;

    @Autowired
    SourcesPageTest(MockMvcTester mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.pages = new Pages(mvc, jdbc);
    }

    @Test
    void sourceConfidencePageExplainsTheSuggestedScoreBesideTheAdminGrade() {
        var result = mvc.get().uri(DEAL + "/sources").with(As.ANALYST.user()).exchange();
        assertThat(result).hasStatusOk();
        assertThat(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .contains("Sources (<span>9</span>)")
                .contains("<strong>9</strong> sources from", "<strong>6</strong> independent origins")
                .contains("1 − (1 − 0.60)³ × (1 − 0.30)³ = 0.98", "98 %")
                .contains("94 %", "Partnership, launch and regulatory outcome are each backed by primary documents")
                .contains("Grading history", "80 %", "A/B")
                .contains("0.90–1.00", "High — direct sources", "0.75–0.89", "Strong", "0.55–0.74", "Medium",
                        "0.35–0.54", "Weak–medium", "0.10–0.34", "Weak signal", "0.00–0.09", "Internal monitoring")
                .contains("What would raise the grade", "No source for “Mistral announces its Magistral reasoning models”.")
                .contains("the deal as a whole", "Associated Press", "rel=\"noopener noreferrer\"");
    }

    @Test
    @Transactional
    void sourcesAreListedLowRiskFirst() {
        GeneratedDeals.create(jdbc, "risky-deal", 6, "risky");

        String html = pages.page("/deals/risky-deal/sources");
        String sources = html.substring(html.indexOf("<ol class=\"sources\">"));
        assertThat(sources.indexOf("risk-low")).isLessThan(sources.indexOf("risk-medium"));
        assertThat(sources.indexOf("risk-medium")).isLessThan(sources.indexOf("risk-high"));
        String timeline = pages.page("/deals/risky-deal/timeline");
        String first = timeline.substring(timeline.indexOf("<ul class=\"cited\">"));
        first = first.substring(0, first.indexOf("</ul>"));
        assertThat(first.indexOf("risk-low") < 0 || first.indexOf("risk-low") < first.indexOf("risk-high")).isTrue();
    }
}
