package com.dealtrace.party;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealtrace.support.DealtraceTest;
import com.dealtrace.support.Pages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The party list and party pages render the demo deal's parties. */
@DealtraceTest
class PartyPagesTest {

    private final Pages pages;

    @Autowired
    PartyPagesTest(MockMvcTester mvc, JdbcClient jdbc) {
        this.pages = new Pages(mvc, jdbc);
    }

    @Test
    void partyPageShowsDealsRolesPeopleAndCases() {
        assertThat(pages.page("/parties/microsoft"))
                .contains("Microsoft Corporation, MSFT", "Brad Smith", "Vice chair and president")
                .contains("Partner, Investor, Distributor", "ASML leads Mistral", "Context")
                .contains("Microsoft / Mistral AI partnership merger inquiry");
        assertThat(pages.page("/parties/arthur-mensch")).contains("Co-founder and chief executive", "href=\"/parties/mistral-ai\"");
        assertThat(pages.page("/parties/uk-cma")).contains("Regulator", "Microsoft / Mistral AI partnership merger inquiry");
        assertThat(pages.page("/parties")).contains("Brando Benifei", "European Commission", "OpenAI");
    }
}
