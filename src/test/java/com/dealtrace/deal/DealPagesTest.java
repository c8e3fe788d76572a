package com.dealtrace.deal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;
import com.dealtrace.support.Pages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The deal list and the brief render the facts of the demo deal. */
@DealtraceTest
class DealPagesTest {

    private static final String DEAL = "/deals/microsoft-mistral-ai-partnership";

    private final Pages pages;

    @Autowired
    DealPagesTest(MockMvcTester mvc, JdbcClient jdbc) {
        this.pages = new Pages(mvc, jdbc);
    }

    @Test
    void dealListShowsEveryPublishedDealNewestFirst() {
        String html = pages.page("/deals");

        assertThat(html).contains("<strong>2</strong> <span>deals</span>");
        assertThat(html.indexOf("ASML leads Mistral")).isLessThan(html.indexOf("Microsoft and Mistral AI: Azure"));
        assertThat(html).contains("EUR 15 m", "EUR 1.7 bn", "Microsoft, Mistral AI");
    }

    @Test
    void dealListFiltersCombine() {
        assertThat(pages.page("/deals?type=PARTNERSHIP&grade=A")).contains("<strong>1</strong> <span>deal</span>", "Azure distribution");
        assertThat(pages.page("/deals?party=asml")).contains("<strong>2</strong>");
        assertThat(pages.page("/deals?q=asml&status=COMPLETED")).contains("<strong>1</strong>", "Series C");
        assertThat(pages.page("/deals?region=netherlands")).contains("<strong>1</strong>", "Series C");
        assertThat(pages.page("/deals?from=2025-01-01&to=2025-12-31")).contains("<strong>1</strong>", "Series C");
        assertThat(pages.page("/deals?grade=D")).contains("<strong>0</strong>", "No deal matches these filters.");
        assertThat(pages.page("/deals?q=%25_")).contains("<strong>0</strong>");
        assertThat(pages.page("/deals?q=mistral&type=PARTNERSHIP&status=ACTIVE&party=microsoft&region=Europe&grade=A"
                + "&from=2024-01-01&to=2025-12-31&page=1")).contains("<strong>1</strong>", "Azure distribution");
    }

    @Test
    void aFilterThatDoesNotParseIsShownWithTheInputKeptAndTheOthersStillApply() {
        String html = pages.page("/deals?from=26/02/2024&type=INVESTMENT");

        assertThat(html).contains("value=\"26/02/2024\"", "Enter a date as YYYY-MM-DD.", "not applied");
        assertThat(html).contains("<strong>1</strong>", "Series C");
        assertThat(pages.page("/deals?page=0")).contains("<strong>2</strong>");
    }

    @Test
    void briefShowsBriefingFieldsParticipantsWithRolesGradeAndWhatToWatch() {
        assertThat(pages.page(DEAL))
                .contains("Microsoft and Mistral AI: Azure distribution partnership and convertible note")
                .contains("EUR 15 m", "convertible note, to become equity at a later funding round")
                .contains("AI model partnership and cloud distribution event", "Cloud Service", "Longer term")
                .contains("United States / France / European Union / Global enterprise AI markets")
                .contains("Azure AI model catalog", "Mistral model roadmap independence")
                .contains("Partner, Investor, Distributor", "Partner, Investee", "Context",
                        "Microsoft&#39;s main model partner; not a party to this deal.")
                .contains(">A<", "94 %", "High — direct sources")
                .contains("Does not qualify for investigation", "Monitoring without a formal probe")
                .contains("Microsoft y Mistral AI: distribución en Azure y préstamo convertible");
    }

    @Test
    void aPartyWithTwoRolesKeepsTheNoteOfEachRoleOnTheBrief() {
        assertThat(pages.get(DEAL, As.ANONYMOUS)).bodyText()
                .contains("Holds the EUR 15 m convertible note.", "Sells Mistral models through Azure AI.");
    }
}
