package com.dealtrace.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

/** Every timeline entry shows its own support, and the drawing marks weak and unsourced events (issue 11, item 5). */
@DealtraceTest
@Transactional
class EvidencePerEventTest {

    private static final String TIMELINE = "/deals/microsoft-mistral-ai-partnership/timeline";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachEntryShowsItsSourcesOriginsBestRiskAndSuggestedBand() throws Exception {
        String body = timeline("en");

        // the announcement: Microsoft's blog (low, direct) and CNBC (medium): 1 − 0.4 × 0.7 = 0.72
        String announcement = entry(body, "Microsoft and Mistral AI announce a multi-year partnership");
        assertThat(announcement).contains("2 supporting sources from 2 independent origins", "Low risk", ">B/C<")
                .doesNotContain("weakly supported");
        assertThat(timeline("es")).contains("2 fuentes que lo respaldan de 2 orígenes independientes");
    }

    @Test
    void newsOnlyEventsAreWeakAndTheDrawingMarksWeakAndUnsourcedEventsApart() throws Exception {
        // the funding round, cited by one news report only: 0.30, a weak signal
        jdbc.sql("""
                        insert into citation (source_id, deal_id, event_id)
                        select s.id, e.deal_id, e.id from source s, event e
                        where s.publisher_name = 'TechCrunch' and e.title = 'Mistral AI raises a round at a EUR 2 bn valuation'
                        """).update();
        String body = timeline("en");

        String round = entry(body, "Mistral AI raises a round at a EUR 2 bn valuation");
        assertThat(round).contains("1 supporting source from 1 independent origin", "weakly supported", "Medium risk");
        int unsourced = jdbc.sql("""
                        select count(*) from event e join deal d on d.id = e.deal_id
                        where d.slug = 'microsoft-mistral-ai-partnership' and e.deleted_at is null
                          and not exists (select 1 from citation c where c.event_id = e.id)""")
                .query(Integer.class).single();
        assertThat(unsourced).isPositive();
        assertThat(count(body, "class=\"mark [a-z-]+ unsourced\"|class=\"mark span [a-z-]+ unsourced\"")).isEqualTo(unsourced);
        assertThat(count(body, "class=\"mark( span)? [a-z-]+ weak\"")).isPositive();
    }

    private String timeline(String language) throws Exception {
        return mvc.get().uri(TIMELINE).header(HttpHeaders.ACCEPT_LANGUAGE, language).with(As.ANONYMOUS.user())
                .exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The list item of the event titled {@code title}. */
    private static String entry(String body, String title) {
        int heading = body.indexOf(">" + title.replace("'", "&#39;") + "</h2>");
        assertThat(heading).as(title).isPositive();
        int start = body.lastIndexOf("<li ", heading);
        return body.substring(start, body.indexOf("</li>\n", body.indexOf("row-actions", heading) > 0 ? heading : heading));
    }

    private static long count(String body, String regex) {
        return Pattern.compile(regex).matcher(body).results().count();
    }
}
