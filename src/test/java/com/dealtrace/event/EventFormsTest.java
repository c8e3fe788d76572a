package com.dealtrace.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;
import com.dealtrace.support.Pages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

/** The event form: events dated at their precision, citing sources; a mistake comes back with the input kept. */
@DealtraceTest
@Transactional
class EventFormsTest {

    private static final String DEAL = "/deals/microsoft-mistral-ai-partnership";

    private final MockMvcTester mvc;
    private final JdbcClient jdbc;
    private final Pages pages;

    @Autowired
    EventFormsTest(MockMvcTester mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.pages = new Pages(mvc, jdbc);
    }

    @Test
    void anEditorAddsAnEventCitingSources() {
        long techcrunch = pages.id("select id from source where publisher_name = 'TechCrunch'");
        long cnbc = pages.id("select id from source where publisher_name = 'CNBC'");

        var result = pages.post(DEAL + "/events/new", "occurredOn", "2025-06-17", "precision", "MONTH", "kind", "STATEMENT",
                "title", "Microsoft comments on the note", "citations[0].source", String.valueOf(techcrunch),
                "citations[0].quote", "still a minority stake", "citations[1].source", String.valueOf(cnbc));

        assertThat(result).hasStatus3xxRedirection();
        assertThat(jdbc.sql("select occurred_on::text from event where title = 'Microsoft comments on the note'")
                .query(String.class).single()).isEqualTo("2025-06-01");
        assertThat(pages.count("""
                select count(*) from citation c join event e on e.id = c.event_id
                where e.title = 'Microsoft comments on the note'""")).isEqualTo(2);
        assertThat(pages.get(DEAL + "/timeline", As.ANONYMOUS)).bodyText()
                .contains("Microsoft comments on the note", "June 2025", "still a minority stake");
        assertThat(pages.get(DEAL + "/history", As.ANALYST)).bodyText()
                .contains("Added the event “Microsoft comments on the note”", "Cited sources");
    }

    @Test
    void anEventIsDatedAtItsPrecisionAsTyped() {
        for (String[] typed : new String[][] {{"2024-07", "2024-07-01 MONTH"}, {"2021", "2021-01-01 YEAR"},
                {"2024-07-15", "2024-07-15 DAY"}}) {
            assertThat(pages.post(DEAL + "/events/new", "occurredOn", typed[0], "precision", "DAY", "kind", "STATEMENT",
                    "title", "Dated " + typed[0])).hasStatus3xxRedirection();
            assertThat(jdbc.sql("select occurred_on || ' ' || date_precision from event where title = ?")
                    .param("Dated " + typed[0]).query(String.class).single()).isEqualTo(typed[1]);
        }
        long id = pages.id("select id from event where title = 'Dated 2024-07'");
        assertThat(pages.get("/events/" + id + "/edit", As.EDITOR)).bodyText().contains("value=\"2024-07\"");
        assertThat(pages.post(DEAL + "/events/new", "occurredOn", "2024-13", "kind", "STATEMENT", "title", "Bad month"))
                .hasStatus(422).bodyText().contains("value=\"2024-13\"", "a month as 2024-07");
        assertThat(mvc.get().uri(DEAL + "/events/new?lang=es").with(As.EDITOR.user()).exchange()).bodyText()
                .contains("un mes como 2024-07");
    }

    @Test
    void anEventWithMistakesKeepsItsInput() {
        long source = pages.id("select min(id) from source");
        var result = pages.post(DEAL + "/events/new", "occurredOn", "2999-01-01", "precision", "DAY", "title",
                "Typed by hand", "citations[0].source", String.valueOf(source), "citations[1].source",
                String.valueOf(source), "regulatoryCase", "some-other-case");

        assertThat(result).hasStatus(422).bodyText()
                .contains("An event cannot lie in the future.", "Choose what kind of event it is.",
                        "This source is cited already.", "Choose one of this deal&#39;s cases.")
                .contains("value=\"Typed by hand\"", "value=\"2999-01-01\"");
    }
}
