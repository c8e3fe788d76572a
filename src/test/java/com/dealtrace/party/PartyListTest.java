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
        assertThat(mvc.get().uri("/parties").exchange()).hasStatusOk().bodyText().contains("href=\"/parties?page=2\"");
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
