package com.dealtrace.party;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealtrace.security.Audience;
import com.dealtrace.support.DealtraceTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

/** The party list is paged and searchable, so that it does not grow with the data. */
@DealtraceTest
@Transactional
class PartyListTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PartyService parties;

    @Test
    void partiesComeAHundredAPageWithALinkToTheNext() {
        jdbc.sql("""
                insert into party (slug, name, kind) select 'paged-' || n, 'Paged ' || lpad(n::text, 3, '0'), 'COMPANY'
                from generate_series(1, 150) n""").update();

        var first = parties.list(Audience.PUBLIC, null, 1);
        var second = parties.list(Audience.PUBLIC, null, 2);
        assertThat(first.parties()).hasSize(PartyListView.PAGE_SIZE);
        assertThat(first.more()).isTrue();
        assertThat(second.more()).isFalse();
        assertThat(first.parties().size() + second.parties().size()).isEqualTo(
                jdbc.sql("select count(*) from party").query(Long.class).single().intValue());
        assertThat(mvc.get().uri("/parties").exchange()).hasStatusOk().bodyText().contains("href=\"/parties?page=2&amp;after=");
    }

    @Test
    void nextAndPreviousByCursorGiveThePagesByNumber() {
        jdbc.sql("""
                insert into party (slug, name, kind) select 'cursor-' || n, 'Cursor ' || (n % 40), 'COMPANY'
                from generate_series(1, 350) n""").update();

        var byNumber = parties.list(Audience.PUBLIC, null, 1);
        for (int page = 2; page <= 4; page++) {
            var last = byNumber.parties().get(byNumber.parties().size() - 1).slug();
            var after = parties.list(Audience.PUBLIC, null, page, last, null);
            var previous = byNumber;
            byNumber = parties.list(Audience.PUBLIC, null, page);
            assertThat(after.parties()).as("page %d after a party", page).isEqualTo(byNumber.parties());
            assertThat(after.hasPrevious()).isTrue();
            var back = parties.list(Audience.PUBLIC, null, page - 1, null, after.parties().get(0).slug());
            assertThat(back.parties()).as("page %d before a party", page - 1).isEqualTo(previous.parties());
            assertThat(back.more()).isTrue();
            assertThat(back.hasPrevious()).isEqualTo(page > 2);
        }
        assertThat(parties.list(Audience.PUBLIC, null, 3, "<not a slug>", null).parties())
                .isEqualTo(parties.list(Audience.PUBLIC, null, 1).parties());
    }

    @Test
    void partiesAreFoundByPartOfTheirNameOrAnAlias() {
        jdbc.sql("update party set aliases = '{MSFT}' where slug = 'microsoft'").update();

        assertThat(parties.list(Audience.PUBLIC, "msf", 1).parties()).extracting(PartyListItem::slug)
                .containsExactly("microsoft");
        assertThat(mvc.get().uri("/parties").param("q", "Mistr").exchange()).hasStatusOk().bodyText()
                .contains("/parties/mistral-ai").doesNotContain("/parties/microsoft\"");
        assertThat(mvc.get().uri("/parties").param("q", "nothing like it").exchange()).hasStatusOk().bodyText()
                .contains("No party matches.");
    }
}
