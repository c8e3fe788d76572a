package com.dealtrace.security;

import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** Who sees which deal: anonymous readers the public ones, members the members-only ones too, editors drafts too. */
@DealtraceTest
@Transactional
class VisibilityTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void membersOnlyDealsAreHiddenFromAnonymousReadersEverywhere() {
        jdbc.sql("update deal set visibility = 'MEMBERS' where slug = 'asml-mistral-ai-series-c'").update();

        for (String page : new String[] {"/deals/asml-mistral-ai-series-c", "/deals/asml-mistral-ai-series-c/timeline",
                "/deals/asml-mistral-ai-series-c/sources"}) {
            assertThat(mvc.get().uri(page).with(As.ANONYMOUS.user()).exchange()).as(page).hasStatus(404);
            assertThat(mvc.get().uri(page).with(As.ANALYST.user()).exchange()).as(page).hasStatusOk();
        }
        for (String list : new String[] {"/", "/deals", "/parties/asml"}) {
            assertThat(mvc.get().uri(list).with(As.ANONYMOUS.user()).exchange()).bodyText().as(list)
                    .doesNotContain("ASML leads Mistral AI&#39;s EUR 1.7 bn Series C");
            assertThat(mvc.get().uri(list).with(As.ANALYST.user()).exchange()).bodyText().as(list)
                    .contains("ASML leads Mistral AI&#39;s EUR 1.7 bn Series C");
        }
    }

    @Test
    void draftsAreSeenByEditorsOnly() {
        jdbc.sql("update deal set state = 'DRAFT' where slug = 'asml-mistral-ai-series-c'").update();

        assertThat(mvc.get().uri("/deals/asml-mistral-ai-series-c").with(As.ANALYST.user()).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/deals").with(As.ANALYST.user()).exchange()).bodyText().doesNotContain("Series C");
        assertThat(mvc.get().uri("/deals/asml-mistral-ai-series-c").with(As.EDITOR.user()).exchange()).hasStatusOk()
                .bodyText().contains("Draft", "Publish");
    }

    @Test
    void readersSeeOnlyTheButtonsTheyMayUse() {
        String deal = "/deals/microsoft-mistral-ai-partnership";
        assertThat(mvc.get().uri(deal).with(As.ANONYMOUS.user()).exchange()).bodyText()
                .contains("Sign in").doesNotContain("Edit deal", "History", "Sign out");
        assertThat(mvc.get().uri(deal).with(As.ANALYST.user()).exchange()).bodyText()
                .contains("History", "Sign out").doesNotContain("Edit deal", "Users");
        assertThat(mvc.get().uri(deal).with(As.EDITOR.user()).exchange()).bodyText()
                .contains("Edit deal", "Add event").doesNotContain(">Users<");
        assertThat(mvc.get().uri(deal).with(As.ADMIN.user()).exchange()).bodyText().contains("Edit deal", ">Users<");
    }
}
