package com.dealtrace.deal;

import com.dealtrace.support.DealtraceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12, defect 4: the deal list's party filter and search read a party's aliases as well as its name. */
@DealtraceTest
@Transactional
class PartyAliasFilterTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePartyFilterFindsAPartyByItsAlias() {
        jdbc.sql("insert into party (slug, name, kind, aliases) values ('alphabet', 'Alphabet', 'COMPANY', '{Google,GOOGL}')")
                .update();
        jdbc.sql("""
                insert into deal_participant (deal_id, party_id, role)
                select d.id, p.id, 'INVESTOR' from deal d, party p where d.slug = 'asml-mistral-ai-series-c' and p.slug = 'alphabet'""")
                .update();

        assertThat(mvc.get().uri("/deals").param("party", "Google").exchange()).hasStatusOk().bodyText()
                .contains("/deals/asml-mistral-ai-series-c").doesNotContain("/deals/microsoft-mistral-ai-partnership\"");
        assertThat(mvc.get().uri("/deals").param("q", "googl").exchange()).hasStatusOk().bodyText()
                .contains("/deals/asml-mistral-ai-series-c");
    }
}
