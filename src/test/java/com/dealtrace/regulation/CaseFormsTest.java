package com.dealtrace.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealtrace.support.DealtraceTest;
import com.dealtrace.support.Pages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

/** The case form, and the party form its regulators come from, validate their fields. */
@DealtraceTest
@Transactional
class CaseFormsTest {

    private final Pages pages;

    @Autowired
    CaseFormsTest(MockMvcTester mvc, JdbcClient jdbc) {
        this.pages = new Pages(mvc, jdbc);
    }

    @Test
    void partiesAndCasesValidateTheirFields() {
        assertThat(pages.post("/parties/new", "name", "Nvidia", "kind", "COMPANY", "country", "usa", "website", "nvidia.com",
                "organisation", "microsoft")).hasStatus(422).bodyText()
                .contains("Use a two-letter ISO 3166 code such as FR.", "Give a full http or https address.",
                        "Only a person belongs to an organisation.", "value=\"Nvidia\"");
        assertThat(pages.post("/parties/new", "name", "Jensen Huang", "kind", "PERSON", "organisation", "microsoft",
                "position", "Visitor")).hasStatus3xxRedirection().hasRedirectedUrl("/parties/jensen-huang");

        assertThat(pages.post("/cases/new", "deal", "microsoft-mistral-ai-partnership", "regulator", "uk-cma",
                "jurisdiction", "GB", "title", "Second look", "openedOn", "2024-05-01", "decidedOn", "2024-04-01",
                "status", "CLOSED")).hasStatus(422).bodyText()
                .contains("A case is decided after it opens.", "A closed case needs its outcome.", "value=\"Second look\"");
        assertThat(pages.post("/cases/new", "deal", "microsoft-mistral-ai-partnership", "regulator", "european-commission",
                "jurisdiction", "EU", "title", "Formal probe", "openedOn", "2025-01-10", "status", "OPEN"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/cases/formal-probe");
    }
}
