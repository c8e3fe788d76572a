package com.dealtrace.confidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;

import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

/** Citations carry a stance; a contradicted event is disputed until an editor resolves it (issue 11, item 6). */
@DealtraceTest
@Transactional
class StancesAndDisputesTest {

    private static final String DEAL = "/deals/microsoft-mistral-ai-partnership";
    private static final String EVENT_TITLE = "Microsoft and Mistral AI announce a multi-year partnership";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void oldCitationsSupportTheirEvents() {
        assertThat(jdbc.sql("select string_agg(distinct stance, ',') from citation").query(String.class).single())
                .isEqualTo("SUPPORTS");
    }

    @Test
    void aContradictingCitationMarksTheEventDisputedWithBothSidesAndQuotesEverywhere() {
        long event = event();

        assertThat(saveWithStances(event, "CONTRADICTS", "The terms were never agreed.")).hasStatus3xxRedirection();

        assertThat(get(DEAL + "/timeline", As.ANONYMOUS)).bodyText().contains(
                "Disputed: a source contradicts this event.", "Sources that support it", "Sources that contradict it",
                "The terms were never agreed.");
        assertThat(get(DEAL + "/sources", As.ANONYMOUS)).bodyText().contains("Disputed events",
                "Origins that contradict an event (not counted)", "The terms were never agreed.")
                .contains("class=\"disputed\"");
        assertThat(get("/admin/disputes", As.ADMIN)).bodyText().contains(EVENT_TITLE, "/events/" + event + "/resolve");
        assertThat(get(DEAL + "/timeline", As.ANONYMOUS, "es")).bodyText()
                .contains("En disputa: una fuente contradice este evento.", "Fuentes que lo contradicen");
    }

    @Test
    void contradictingOriginsDoNotRaiseTheSuggestedScore() {
        long event = event();
        String before = formula();

        saveWithStances(event, "CONTRADICTS", null);

        // CNBC still supports other events of the deal, so the origins and the score stay as they were
        assertThat(formula()).isEqualTo(before).isEqualTo("1 − (1 − 0.60)³ × (1 − 0.30)³ = 0.98");
    }

    @Test
    void anEditorResolvesADisputeWithANoteTheHistoryKeepsAndTheQueueEmpties() {
        long event = event();
        saveWithStances(event, "CONTRADICTS", "Not agreed.");

        var result = mvc.post().uri("/events/" + event + "/resolve").param("note", "The filing settles it: agreed.")
                .with(csrf()).with(As.EDITOR.user()).exchange();

        assertThat(result).hasStatus3xxRedirection();
        assertThat(get("/admin/disputes", As.ADMIN)).bodyText().contains("No event is disputed.");
        assertThat(get(DEAL + "/timeline", As.ANONYMOUS)).bodyText()
                .contains("Dispute resolved by editor", "The filing settles it: agreed.")
                .doesNotContain("Disputed: a source contradicts this event.");
        assertThat(jdbc.sql("""
                        select f.new_value from change_log c join change_log_field f on f.change_id = c.id
                        where c.entity = 'EVENT' and c.entity_id = ? and f.field = 'dispute.field.note'""")
                .param(event).query(String.class).single()).isEqualTo("The filing settles it: agreed.");
    }

    @Test
    void aResolutionNeedsANoteBesideItsFieldAndChangesNothingWithout() {
        long event = event();
        saveWithStances(event, "CONTRADICTS", null);

        assertThat(mvc.post().uri("/events/" + event + "/resolve").param("note", "  ").with(csrf())
                .with(As.EDITOR.user()).exchange()).hasStatus(422).bodyText().contains("Say how the dispute is resolved.");
        assertThat(jdbc.sql("select dispute_resolved_at is null from event where id = ?").param(event)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void anUnknownStanceIsRefusedBesideItsFieldAndNothingIsSaved() {
        long event = event();

        assertThat(saveWithStances(event, "MAYBE", "kept quote")).hasStatus(422).bodyText()
                .contains("Choose one of the offered values.", "value=\"kept quote\"");
        assertThat(jdbc.sql("select count(*) from citation where event_id = ? and stance <> 'SUPPORTS'").param(event)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theExplanationClassesTheDemoOriginsAndTheDefaultPolicyKeepsTheDemoScore() {
        assertThat(get(DEAL + "/sources", As.ANONYMOUS)).bodyText()
                .contains("Grading policy version 1", "<td>Direct</td>", "<td>Official</td>", "<td>Independent</td>",
                        "1 − (1 − 0.60)³ × (1 − 0.30)³ = 0.98");
    }

    @Test
    void classFactorsMakeANewPolicyVersionThatGradesRecordAndTheHistoryShows() {
        assertThat(mvc.post().uri("/admin/weights").param("low", "0.60").param("medium", "0.30").param("high", "0.10")
                .param("direct", "0.50").param("official", "1.00").param("independent", "1.00")
                .with(csrf()).with(As.ADMIN.user()).exchange()).hasStatus3xxRedirection();
        // Microsoft and Mistral AI are participants: 1 − (1 − 0.30)² × (1 − 0.60) × (1 − 0.30)³ = 0.93
        assertThat(formula()).isEqualTo("1 − (1 − 0.60) × (1 − 0.30)⁵ = 0.93");
        assertThat(get("/admin/weights", As.ADMIN)).bodyText().contains("0.50", "<td>2</td>", "<td>1</td>");

        mvc.post().uri(DEAL + "/grade").param("score", "0.90").param("rationale", "Under version 2.")
                .with(csrf()).with(As.ADMIN.user()).exchange();

        assertThat(jdbc.sql("""
                        select policy_version || ' ' || suggested_score from confidence_assessment
                        where rationale = 'Under version 2.'""").query(String.class).single()).isEqualTo("2 0.93");
        assertThat(get(DEAL + "/sources", As.ANALYST)).bodyText()
                .contains("Under policy version 2, beside a suggested 0.93.", "Given before grading policies were versioned.");
    }

    @Test
    void anUnchangedPolicyMakesNoNewVersion() {
        mvc.post().uri("/admin/weights").param("low", "0.60").param("medium", "0.30").param("high", "0.10")
                .with(csrf()).with(As.ADMIN.user()).exchange();

        assertThat(jdbc.sql("select max(version) from grading_policy").query(Integer.class).single()).isOne();
    }

    private String formula() {
        String body;
        try {
            body = get(DEAL + "/sources", As.ANONYMOUS).getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        }
        catch (java.io.UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
        int start = body.indexOf("<p class=\"formula\"><code>") + "<p class=\"formula\"><code>".length();
        return body.substring(start, body.indexOf("</code>", start));
    }

    private long event() {
        return jdbc.sql("select id from event where title = ?").param(EVENT_TITLE).query(Long.class).single();
    }

    /** Saves the event as it is, with its second citation given {@code stance} and {@code quote}. */
    private MvcTestResult saveWithStances(long event, String stance, String quote) {
        var row = jdbc.sql("select occurred_on::text as d, kind, title, version from event where id = ?").param(event)
                .query().singleRow();
        List<Long> cited = jdbc.sql("select source_id from citation where event_id = ? order by id").param(event)
                .query(Long.class).list();
        var request = mvc.post().uri("/events/" + event + "/edit").with(csrf()).with(As.EDITOR.user())
                .param("occurredOn", (String) row.get("d")).param("precision", "DAY").param("kind", (String) row.get("kind"))
                .param("title", (String) row.get("title")).param("version", String.valueOf(row.get("version")));
        for (int i = 0; i < cited.size(); i++) {
            request = request.param("citations[" + i + "].source", String.valueOf(cited.get(i)))
                    .param("citations[" + i + "].stance", i == 1 ? stance : "SUPPORTS");
            if (i == 1 && quote != null) {
                request = request.param("citations[" + i + "].quote", quote);
            }
        }
        return request.exchange();
    }

    private MvcTestResult get(String uri, As as) {
        return mvc.get().uri(uri).with(as.user()).exchange();
    }

    private MvcTestResult get(String uri, As as, String language) {
        return mvc.get().uri(uri).header(HttpHeaders.ACCEPT_LANGUAGE, language).with(as.user()).exchange();
    }
}
