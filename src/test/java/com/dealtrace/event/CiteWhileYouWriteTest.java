package com.dealtrace.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

/** Cite while you write: a source not in Dealtrace yet is added from the event form, and a saved source is cited. */
@DealtraceTest
@Transactional
class CiteWhileYouWriteTest {

    private static final String DEAL = "/deals/microsoft-mistral-ai-partnership";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewSourceTypedInTheEventFormIsCreatedAndCitedWithTheEvent() {
        long techcrunch = id("select id from source where publisher_name = 'TechCrunch'");

        var result = post(DEAL + "/events/new", "occurredOn", "2025-03-04", "precision", "DAY", "kind", "STATEMENT",
                "title", "Mistral opens a Paris office", "citations[0].source", String.valueOf(techcrunch),
                "citations[1].source", "", "newSource.url", "https://www.example.org/mistral-paris?utm_source=x",
                "newSource.title", "Mistral in Paris", "newSource.publisherName", "Example News",
                "newSource.publisherKind", "NEWS_OUTLET", "newSource.risk", "LOW");

        assertThat(result).hasStatus3xxRedirection();
        assertThat(jdbc.sql("select url_key || ' ' || publisher_name || ' ' || risk from source where title = 'Mistral in Paris'")
                .query(String.class).single()).isEqualTo("example.org/mistral-paris Example News LOW");
        assertThat(count("""
                select count(*) from citation c join event e on e.id = c.event_id
                where e.title = 'Mistral opens a Paris office'""")).isEqualTo(2);
        assertThat(count("""
                select count(*) from citation c join event e on e.id = c.event_id join source s on s.id = c.source_id
                where e.title = 'Mistral opens a Paris office' and s.title = 'Mistral in Paris'""")).isOne();
        assertThat(count("select count(*) from change_log where entity = 'SOURCE' and action = 'CREATED' "
                + "and summary = 'Added the source “Mistral in Paris”'")).isOne();
        assertThat(get(DEAL + "/timeline", As.ANONYMOUS)).bodyText().contains("Mistral opens a Paris office", "Mistral in Paris");
    }

    @Test
    void aNewSourceCanBeAddedWhileEditingAnEvent() {
        long event = id("select min(id) from event where deleted_at is null and deal_id = "
                + "(select id from deal where slug = 'microsoft-mistral-ai-partnership')");
        var form = get("/events/" + event + "/edit", As.EDITOR);
        assertThat(form).hasStatusOk().bodyText().contains("A source not in Dealtrace yet", "name=\"newSource.url\"");
        int version = jdbc.sql("select version from event where id = ?").param(event).query(Integer.class).single();
        String title = jdbc.sql("select title from event where id = ?").param(event).query(String.class).single();
        String date = jdbc.sql("select occurred_on::text from event where id = ?").param(event).query(String.class).single();
        String kind = jdbc.sql("select kind from event where id = ?").param(event).query(String.class).single();
        var request = mvc.post().uri("/events/" + event + "/edit").with(csrf()).with(As.EDITOR.user())
                .param("occurredOn", date).param("precision", "DAY").param("kind", kind).param("title", title)
                .param("version", String.valueOf(version));
        var citations = jdbc.sql("select source_id from citation where event_id = ? order by source_id").param(event)
                .query(Long.class).list();
        for (int i = 0; i < citations.size(); i++) {
            request = request.param("citations[" + i + "].source", String.valueOf(citations.get(i)));
        }
        var result = request.param("newSource.url", "https://example.net/edit-case").param("newSource.title", "Edit case")
                .param("newSource.publisherName", "Example").param("newSource.publisherKind", "BLOG")
                .param("newSource.risk", "MEDIUM").exchange();

        assertThat(result).hasStatus3xxRedirection();
        assertThat(count("select count(*) from citation c join source s on s.id = c.source_id where c.event_id = "
                + event + " and s.title = 'Edit case'")).isOne();
        assertThat(count("select count(*) from change_log where entity = 'EVENT' and entity_id = " + event
                + " and action = 'UPDATED'")).isOne();
    }

    @Test
    void aMistakeInTheNewSourceKeepsAllInputAndShowsTheErrorBesideItsField() {
        int sources = count("select count(*) from source");
        var result = post(DEAL + "/events/new", "occurredOn", "2025-03-04", "precision", "DAY", "kind", "STATEMENT",
                "title", "Typed with care", "description", "A long description",
                "newSource.url", "ftp://example.org/file", "newSource.title", "", "newSource.publisherName", "Kept publisher",
                "newSource.publisherKind", "NEWS_OUTLET");

        assertThat(result).hasStatus(422).bodyText()
                .contains("Give a full http or https address", "id=\"newSource.url-error\"", "id=\"newSource.title-error\"",
                        "id=\"newSource.risk-error\"", "Some fields need attention")
                .contains("value=\"Typed with care\"", "A long description", "value=\"ftp://example.org/file\"",
                        "value=\"Kept publisher\"", "<details class=\"new-source\" open");
        assertThat(count("select count(*) from source")).isEqualTo(sources);
        assertThat(count("select count(*) from event where title = 'Typed with care'")).isZero();
    }

    @Test
    void aKnownAddressIsOfferedToCiteInsteadOfAddingADuplicate() {
        int sources = count("select count(*) from source");
        long auLarge = id("select id from source where title = 'Au Large'");
        var result = post(DEAL + "/events/new", "occurredOn", "2025-03-04", "precision", "DAY", "kind", "STATEMENT",
                "title", "Known address", "newSource.url", "HTTP://www.Mistral.ai/news/mistral-large#top",
                "newSource.title", "Copy", "newSource.publisherName", "Mistral", "newSource.publisherKind", "COMPANY",
                "newSource.risk", "LOW");

        assertThat(result).hasStatus(422).bodyText()
                .contains("This address is already a source: “Au Large”", "name=\"citeKnown\" value=\"" + auLarge + "\"")
                .contains("value=\"Known address\"");
        assertThat(count("select count(*) from source")).isEqualTo(sources);

        var cited = post(DEAL + "/events/new", "occurredOn", "2025-03-04", "precision", "DAY", "kind", "STATEMENT",
                "title", "Known address", "newSource.url", "HTTP://www.Mistral.ai/news/mistral-large#top",
                "newSource.title", "Copy", "newSource.publisherName", "Mistral", "newSource.publisherKind", "COMPANY",
                "newSource.risk", "LOW", "citeKnown", String.valueOf(auLarge));
        assertThat(cited).hasStatusOk().bodyText()
                .contains("name=\"citations[0].source\" value=\"" + auLarge + "\"", "value=\"Known address\"")
                .doesNotContain("value=\"Copy\"");

        assertThat(post(DEAL + "/events/new", "occurredOn", "2025-03-04", "precision", "DAY", "kind", "STATEMENT",
                "title", "Known address", "citations[0].source", String.valueOf(auLarge))).hasStatus3xxRedirection();
        assertThat(count("select count(*) from source")).isEqualTo(sources);
    }

    @Test
    void aSourcePageOffersEditorsToCiteItOnAnEventAndTheLinksPrefillTheForm() {
        long auLarge = id("select id from source where title = 'Au Large'");
        long uncited = id("""
                select min(e.id) from event e join deal d on d.id = e.deal_id
                where d.slug = 'microsoft-mistral-ai-partnership' and e.deleted_at is null
                  and not exists (select 1 from citation c where c.event_id = e.id and c.source_id = %d)""".formatted(auLarge));
        String page = "/sources/" + auLarge;

        assertThat(get(page, As.EDITOR)).hasStatusOk().bodyText()
                .contains("Cite it on an event", "href=\"/deals/microsoft-mistral-ai-partnership/events/new?source=" + auLarge + "\"",
                        "href=\"/events/" + uncited + "/edit?source=" + auLarge + "\"");
        assertThat(get(page, As.ANALYST)).hasStatusOk().bodyText().doesNotContain("Cite it on an event", "?source=");
        assertThat(get(page, As.ANONYMOUS)).hasStatusOk().bodyText().doesNotContain("Cite it on an event", "?source=");

        assertThat(get(DEAL + "/events/new?source=" + auLarge, As.EDITOR)).hasStatusOk().bodyText()
                .contains("name=\"citations[0].source\" value=\"" + auLarge + "\"");
        int citations = count("select count(*) from citation where event_id = " + uncited);
        assertThat(get("/events/" + uncited + "/edit?source=" + auLarge, As.EDITOR)).hasStatusOk().bodyText()
                .contains("name=\"citations[" + citations + "].source\" value=\"" + auLarge + "\"");
    }

    @Test
    void aSourceNumberThatIsNotANumberIsIgnoredNotAnError() {
        assertThat(get(DEAL + "/events/new?source=abc", As.EDITOR)).hasStatusOk();
        assertThat(post(DEAL + "/events/new", "title", "Still typing", "citeKnown", "<b>")).hasStatusOk().bodyText()
                .contains("value=\"Still typing\"");
    }

    private MvcTestResult post(String url, String... fields) {
        var request = mvc.post().uri(url).with(csrf()).with(As.EDITOR.user());
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }

    private MvcTestResult get(String url, As as) {
        return mvc.get().uri(url).with(as.user()).exchange();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
