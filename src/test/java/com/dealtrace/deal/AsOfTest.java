package com.dealtrace.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.OffsetDateTime;

import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deal edited over three simulated days (each day's changes stamped with that day), then read as of each day: the
 * brief, the timeline and the sources page show the events, citations, sources and grade known that day.
 */
@DealtraceTest
@Transactional
class AsOfTest {

    private static final String DEAL = "/deals/acme-and-globex-partnership";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    private long versions;
    private long changes;

    @Test
    void eachDayShowsTheRecordAsItStoodThen() {
        long techcrunch = id("select id from source where publisher_name = 'TechCrunch' order by id limit 1");
        long cnbc = id("select id from source where publisher_name = 'CNBC' order by id limit 1");
        // the demo data, sources included, was there long before
        mark();
        stamp("2024-06-01T00:00:00Z", 0, 0);

        // day 1: the deal, published, with one event citing TechCrunch
        assertThat(post(As.EDITOR, "/deals/new", "title", "Acme and Globex partnership", "type", "PARTNERSHIP",
                "status", "ANNOUNCED", "visibility", "PUBLIC", "language", "en", "watchItems", "Whether Globex invests",
                "participants[0].party", "mistral-ai", "participants[0].role", "PARTNER"))
                .hasStatus3xxRedirection().hasRedirectedUrl(DEAL);
        post(As.EDITOR, DEAL + "/publish");
        post(As.EDITOR, DEAL + "/events/new", "occurredOn", "2025-02-20", "precision", "DAY", "kind", "ANNOUNCEMENT",
                "title", "Acme and Globex announce a partnership", "citations[0].source", String.valueOf(techcrunch));
        long first = id("select id from event where title = 'Acme and Globex announce a partnership'");
        stamp("2025-03-01T10:00:00Z");

        // day 2: the event renamed and cited by CNBC too, a second event, a grade
        assertThat(post(As.EDITOR, "/events/" + first + "/edit", "occurredOn", "2025-02-20", "precision", "DAY",
                "kind", "ANNOUNCEMENT", "title", "Acme and Globex sign a partnership", "version", "0",
                "citations[0].source", String.valueOf(techcrunch), "citations[1].source", String.valueOf(cnbc)))
                .hasStatus3xxRedirection();
        post(As.EDITOR, DEAL + "/events/new", "occurredOn", "2025-03-04", "precision", "DAY", "kind", "FUNDING",
                "title", "Globex invests in Acme");
        long second = id("select id from event where title = 'Globex invests in Acme'");
        assertThat(post(As.ADMIN, DEAL + "/grade", "score", "0.60", "rationale", "Two outlets.")).hasStatus3xxRedirection();
        stamp("2025-03-05T10:00:00Z");

        // day 3: the first event deleted, the watch item resolved by the second, a higher grade
        post(As.EDITOR, "/events/" + first + "/delete");
        long item = id("select id from watch_item where text = 'Whether Globex invests'");
        assertThat(post(As.EDITOR, DEAL + "/watch/" + item + "/resolve", "event", String.valueOf(second))).hasStatus3xxRedirection();
        post(As.ADMIN, DEAL + "/grade", "score", "0.92", "rationale", "Confirmed.");
        stamp("2025-03-10T10:00:00Z");

        // before day 1: nothing was known
        assertThat(get(DEAL + "?asOf=2025-02-28")).hasStatus(404).bodyText()
                .contains("Dealtrace had no record of this deal on 28 Feb 2025.", "Back to today");

        assertThat(get(DEAL + "/timeline?asOf=2025-03-01")).hasStatusOk().bodyText()
                .contains("As it stood on 1 Mar 2025", "Back to today", "href=\"" + DEAL + "/timeline\"",
                        "Acme and Globex announce a partnership")
                .doesNotContain("Acme and Globex sign a partnership", "Globex invests in Acme");
        assertThat(get(DEAL + "/sources?asOf=2025-03-01", As.ANALYST)).hasStatusOk().bodyText()
                .contains("TechCrunch", "Awaiting a grade").doesNotContain("CNBC", "Two outlets.");
        assertThat(get(DEAL + "?asOf=2025-03-01")).hasStatusOk().bodyText()
                .contains("Whether Globex invests", "<span class=\"state\">Open</span>");

        assertThat(get(DEAL + "/timeline?asOf=2025-03-05")).bodyText()
                .contains("Acme and Globex sign a partnership", "Globex invests in Acme")
                .doesNotContain("Acme and Globex announce a partnership");
        assertThat(get(DEAL + "/sources?asOf=2025-03-05", As.ANALYST)).bodyText()
                .contains("TechCrunch", "CNBC", "Two outlets.", "60 %").doesNotContain("Confirmed.", "92 %");

        assertThat(get(DEAL + "/timeline?asOf=2025-03-10")).bodyText()
                .contains("Globex invests in Acme").doesNotContain("Acme and Globex sign a partnership");
        assertThat(get(DEAL + "?asOf=2025-03-10")).bodyText().contains("<span class=\"state\">Resolved</span>");
        assertThat(get(DEAL + "/sources?asOf=2025-03-10", As.ANALYST)).bodyText().contains("Confirmed.", "Two outlets.", "92 %");

        // today: the record as it is, without a banner; the tabs of a past day keep the day
        assertThat(get(DEAL + "/timeline")).bodyText().doesNotContain("As it stood on")
                .contains("Globex invests in Acme", "name=\"asOf\"");
        assertThat(get(DEAL + "/timeline?asOf=2025-03-05")).bodyText()
                .contains("href=\"" + DEAL + "/sources?asOf=2025-03-05\"", "href=\"" + DEAL + "?asOf=2025-03-05\"");
    }

    @Test
    void aDayThatCannotBeReadIsMarkedBesideTheDatePickerAndTodaysRecordShown() {
        for (String typed : new String[] {"2025-13-01", "yesterday", "2999-01-01", "0001-01-01", "<b>x</b>"}) {
            for (String page : new String[] {"/deals/microsoft-mistral-ai-partnership", "/deals/microsoft-mistral-ai-partnership/timeline",
                    "/deals/microsoft-mistral-ai-partnership/sources"}) {
                assertThat(mvc.get().uri(page).param("asOf", typed).with(As.ANONYMOUS.user()).exchange()).as(page + " " + typed)
                        .hasStatus(422).bodyText()
                        .contains("Type a day as YYYY-MM-DD, no later than today.", "aria-invalid=\"true\"")
                        .doesNotContain("As it stood on", "<b>x</b>");
            }
        }
        assertThat(get("/deals/microsoft-mistral-ai-partnership?asOf=")).hasStatusOk();
    }

    @Test
    void aDealTheReaderMayNotReadTodayIsNotFoundOnAnyDay() {
        jdbc.sql("update deal set visibility = 'MEMBERS' where slug = 'microsoft-mistral-ai-partnership'").update();

        assertThat(get("/deals/microsoft-mistral-ai-partnership/timeline?asOf=2026-01-01")).hasStatus(404);
        assertThat(mvc.get().uri("/deals/microsoft-mistral-ai-partnership/timeline?asOf=" + java.time.LocalDate.now(java.time.ZoneOffset.UTC))
                .with(As.ANALYST.user()).exchange()).hasStatusOk();
    }

    @Test
    void theSpanishBannerSaysTheDayInSpanish() {
        var today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        assertThat(get("/deals/microsoft-mistral-ai-partnership/sources?lang=es&asOf=" + today)).hasStatusOk().bodyText()
                .contains("Tal como estaba el", "Volver a hoy", "Ver esta operación tal como estaba el");
    }

    /** Remembers where the row versions and the change log stand, so that {@link #stamp} dates what came after. */
    private void mark() {
        versions = id("select coalesce(max(id), 0) from row_version");
        changes = id("select coalesce(max(id), 0) from change_log");
    }

    /** Dates the changes made since the last mark at the given moment, as if they had been made then. */
    private void stamp(String at) {
        stamp(at, versions, changes);
    }

    private void stamp(String at, long versionsAfter, long changesAfter) {
        var moment = OffsetDateTime.parse(at);
        jdbc.sql("update row_version set valid_from = :at where id > :mark").param("at", moment).param("mark", versionsAfter).update();
        jdbc.sql("update change_log set changed_at = :at where id > :mark").param("at", moment).param("mark", changesAfter).update();
        jdbc.sql("update confidence_assessment set assessed_at = :at where assessed_at > :at").param("at", moment).update();
        jdbc.sql("update row_version set data = jsonb_set(data, '{assessed_at}', to_jsonb(cast(:at as text))) where tbl = 'confidence_assessment' and id > :mark")
                .param("at", at).param("mark", versionsAfter).update();
        mark();
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private MvcTestResult post(As as, String url, String... fields) {
        var request = mvc.post().uri(url).with(csrf()).with(as.user());
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }

    private MvcTestResult get(String url) {
        return get(url, As.ANONYMOUS);
    }

    private MvcTestResult get(String url, As as) {
        return mvc.get().uri(url).with(as.user()).exchange();
    }
}
