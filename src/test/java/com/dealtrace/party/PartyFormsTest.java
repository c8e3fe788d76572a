package com.dealtrace.party;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;
import com.dealtrace.support.EditForms;
import com.dealtrace.support.Pages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

/** The party form: a party like a known one is held back, and its aliases survive a save. */
@DealtraceTest
@Transactional
class PartyFormsTest {

    private final JdbcClient jdbc;
    private final Pages pages;

    @Autowired
    PartyFormsTest(MockMvcTester mvc, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.pages = new Pages(mvc, jdbc);
    }

    @Test
    void aNewPartyLikeAKnownOneIsHeldBackWithALinkUntilTheEditorSavesItAnyway() {
        for (String name : new String[] {"Mistral", "MSFT", "Microsoft Corp"}) {
            var warned = pages.post("/parties/new", "name", name, "kind", "COMPANY", "description", "Typed with care");
            assertThat(warned).as(name).hasStatusOk().bodyText()
                    .contains("A party like this may be in Dealtrace already", "value=\"" + name + "\"", "Typed with care",
                            "name=\"saveAnyway\"");
        }
        assertThat(pages.post("/parties/new", "name", "Mistral", "kind", "COMPANY")).bodyText().contains("href=\"/parties/mistral-ai\"");
        assertThat(pages.post("/parties/new", "name", "MSFT", "kind", "COMPANY")).bodyText().contains("href=\"/parties/microsoft\"");
        assertThat(pages.count("select count(*) from party where name in ('Mistral', 'MSFT', 'Microsoft Corp')")).isZero();

        assertThat(pages.post("/parties/new", "name", "Mistral", "kind", "COMPANY", "saveAnyway", "true"))
                .hasStatus3xxRedirection();
        assertThat(pages.count("select count(*) from party where name = 'Mistral'")).isOne();
    }

    @Test
    void anAliasWithACommaSurvivesSavingThePartyUnchanged() {
        assertThat(pages.post("/parties/new", "name", "Inflection AI", "kind", "COMPANY",
                "aliases", "Inflection AI, Inc.\nInflection")).hasStatus3xxRedirection();
        var fields = EditForms.fields(pages.get("/parties/inflection-ai/edit", As.EDITOR));
        assertThat(fields.get("aliases")).isEqualTo("Inflection AI, Inc.\nInflection");

        assertThat(pages.post("/parties/inflection-ai/edit", fields))
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("select aliases::text from party where slug = 'inflection-ai'").query(String.class).single())
                .isEqualTo("{\"Inflection AI, Inc.\",Inflection}");
    }
}
