package com.dealtrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;
import com.dealtrace.support.GeneratedDeals;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

/** Every read page renders the facts of the demo deal. */
@DealtraceTest
class ReadPagesTest {

    private static final String DEAL = "/deals/microsoft-mistral-ai-partnership";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void homeShowsRecentEventsDealsAwaitingAGradeAndOpenCases() {
        assertThat(page("/"))
                .contains("Recent events", "ASML leads Mistral", "in <a href=\"/deals/microsoft-mistral-ai-partnership/timeline\"")
                .contains("Awaiting a grade", "ASML leads Mistral AI&#39;s EUR 1.7 bn Series C")
                .contains("Open regulatory cases", "Informal watch on the Microsoft / Mistral AI partnership")
                .doesNotContain("Microsoft / Mistral AI partnership merger inquiry");
    }

    @Test
    void dealListShowsEveryPublishedDealNewestFirst() {
        String html = page("/deals");

        assertThat(html).contains("<strong>2</strong> <span>deals</span>");
        assertThat(html.indexOf("ASML leads Mistral")).isLessThan(html.indexOf("Microsoft and Mistral AI: Azure"));
        assertThat(html).contains("EUR 15 m", "EUR 1.7 bn", "Microsoft, Mistral AI");
    }

    @Test
    void dealListFiltersCombine() {
        assertThat(page("/deals?type=PARTNERSHIP&grade=A")).contains("<strong>1</strong> <span>deal</span>", "Azure distribution");
        assertThat(page("/deals?party=asml")).contains("<strong>2</strong>");
        assertThat(page("/deals?q=asml&status=COMPLETED")).contains("<strong>1</strong>", "Series C");
        assertThat(page("/deals?region=netherlands")).contains("<strong>1</strong>", "Series C");
        assertThat(page("/deals?from=2025-01-01&to=2025-12-31")).contains("<strong>1</strong>", "Series C");
        assertThat(page("/deals?grade=D")).contains("<strong>0</strong>", "No deal matches these filters.");
        assertThat(page("/deals?q=%25_")).contains("<strong>0</strong>");
        assertThat(page("/deals?q=mistral&type=PARTNERSHIP&status=ACTIVE&party=microsoft&region=Europe&grade=A"
                + "&from=2024-01-01&to=2025-12-31&page=1")).contains("<strong>1</strong>", "Azure distribution");
    }

    @Test
    void aFilterThatDoesNotParseIsShownWithTheInputKeptAndTheOthersStillApply() {
        String html = page("/deals?from=26/02/2024&type=INVESTMENT");

        assertThat(html).contains("value=\"26/02/2024\"", "Enter a date as YYYY-MM-DD.", "not applied");
        assertThat(html).contains("<strong>1</strong>", "Series C");
        assertThat(page("/deals?page=0")).contains("<strong>2</strong>");
    }

    @Test
    void briefShowsBriefingFieldsParticipantsWithRolesGradeAndWhatToWatch() {
        assertThat(page(DEAL))
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
    void timelineListsEventsInDateOrderWithTheirSourcesAndPrecision() {
        String page = page(DEAL + "/timeline");
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

        String html = page("/deals/risky-deal/sources");
        String sources = html.substring(html.indexOf("<ol class=\"sources\">"));
        assertThat(sources.indexOf("risk-low")).isLessThan(sources.indexOf("risk-medium"));
        assertThat(sources.indexOf("risk-medium")).isLessThan(sources.indexOf("risk-high"));
        String timeline = page("/deals/risky-deal/timeline");
        String first = timeline.substring(timeline.indexOf("<ul class=\"cited\">"));
        first = first.substring(0, first.indexOf("</ul>"));
        assertThat(first.indexOf("risk-low") < 0 || first.indexOf("risk-low") < first.indexOf("risk-high")).isTrue();
    }

    @Test
    void partyPageShowsDealsRolesPeopleAndCases() {
        assertThat(page("/parties/microsoft"))
                .contains("Microsoft Corporation, MSFT", "Brad Smith", "Vice chair and president")
                .contains("Partner, Investor, Distributor", "ASML leads Mistral", "Context")
                .contains("Microsoft / Mistral AI partnership merger inquiry");
        assertThat(page("/parties/arthur-mensch")).contains("Co-founder and chief executive", "href=\"/parties/mistral-ai\"");
        assertThat(page("/parties/uk-cma")).contains("Regulator", "Microsoft / Mistral AI partnership merger inquiry");
        assertThat(page("/parties")).contains("Brando Benifei", "European Commission", "OpenAI");
    }

    @Test
    void caseListGroupsByRegulatorAndFiltersByStatus() {
        String html = page("/cases");
        assertThat(html).contains("Competition and Markets Authority", "European Commission", "Does not qualify for investigation");
        assertThat(page("/cases?status=CLOSED")).contains("merger inquiry").doesNotContain("Informal watch");
        assertThat(page("/cases?regulator=european-commission")).contains("Informal watch").doesNotContain("merger inquiry");
    }

    @Test
    void casePageShowsItsMilestonesAndDeal() {
        assertThat(page("/cases/cma-microsoft-mistral-ai"))
                .contains("Closed", "Does not qualify for investigation", "24 Apr 2024", "17 May 2024")
                .contains("CMA invites comment on the partnership", "CMA: the partnership does not qualify for investigation")
                .contains("href=\"/deals/microsoft-mistral-ai-partnership\"");
    }

    @Test
    void sourceListAndSourcePageShowPublisherRiskAndWhatTheSourceSupports() {
        assertThat(page("/sources")).contains("<strong>9</strong> sources", "TechCrunch", "Medium risk", "Low risk");
        assertThat(page("/sources?risk=MEDIUM")).contains("<strong>3</strong> sources").doesNotContain("Au Large");
        assertThat(page("/sources?publisher=microsoft")).contains("<strong>3</strong> sources");

        String list = page("/sources?publisher=TechCrunch");
        String id = list.replaceAll("(?s).*href=\"/sources/(\\d+)\".*", "$1");
        assertThat(page("/sources/" + id))
                .contains("Microsoft made a EUR 15 m investment in Mistral AI", "Medium risk", "News outlet")
                .contains("Microsoft&#39;s EUR 15 m convertible note is reported", "States the amount and the conversion terms.");
    }

    @Test
    void unknownThingsGetTheNotFoundPage() {
        for (String url : new String[] {"/deals/no-such-deal", "/deals/no-such-deal/timeline", "/deals/no-such-deal/sources",
                "/parties/nobody", "/cases/none", "/sources/999999", "/sources/abc", "/no/such/page"}) {
            var result = mvc.get().uri(url).accept(MediaType.TEXT_HTML).exchange();
            assertThat(result).as(url).hasStatus(HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void badRequestsGetAPlainErrorPageWithoutAStackTrace() {
        var result = mvc.get().uri("/cases?status=NOT_A_STATUS").accept(MediaType.TEXT_HTML).exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
    }

    private String page(String url) {
        var result = mvc.get().uri(url).accept(MediaType.TEXT_HTML).exchange();
        assertThat(result).as(url).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
