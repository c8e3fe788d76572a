package com.dealtrace.web;

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

/** Every editor form shows the conflict alert when, and only when, someone saved first. */
@DealtraceTest
@Transactional
class ConflictAlertTest {

    private static final String DEAL = "/deals/microsoft-mistral-ai-partnership";

    private final JdbcClient jdbc;
    private final Pages pages;

    @Autowired
    ConflictAlertTest(MockMvcTester mvc, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.pages = new Pages(mvc, jdbc);
    }

    @Test
    void noEditorFormShowsTheConflictAlertOnAPlainLoad() {
        long event = pages.id("select min(id) from event where deleted_at is null");
        long source = pages.id("select min(id) from source");
        for (String page : new String[] {"/deals/new", DEAL + "/edit", DEAL + "/events/new", "/events/" + event + "/edit",
                "/parties/new", "/parties/microsoft/edit", "/sources/new", "/sources/" + source + "/edit", "/cases/new",
                "/cases/" + jdbc.sql("select min(slug) from regulatory_case").query(String.class).single() + "/edit"}) {
            assertThat(pages.get(page, As.EDITOR)).as(page).hasStatusOk().bodyText()
                    .doesNotContain("Someone saved this while you were editing", "class=\"alert conflict\"");
        }
    }

    @Test
    void everyEditFormShowsTheConflictAlertWhenSomeoneSavedFirst() {
        long event = pages.id("select min(id) from event where deleted_at is null");
        long source = pages.id("select min(id) from source");
        for (String edit : new String[] {DEAL + "/edit", "/events/" + event + "/edit", "/parties/microsoft/edit",
                "/sources/" + source + "/edit",
                "/cases/" + jdbc.sql("select min(slug) from regulatory_case").query(String.class).single() + "/edit"}) {
            var fields = EditForms.fields(pages.get(edit, As.EDITOR));
            fields.put("version", String.valueOf(Integer.parseInt(fields.get("version")) - 1));
            assertThat(pages.post(edit, fields)).as(edit).hasStatus(409).bodyText()
                    .contains("Someone saved this while you were editing", "class=\"alert conflict\"");
        }
    }
}
