package com.dealtrace.event;

import java.util.List;

import com.dealtrace.security.Audience;
import com.dealtrace.support.DealtraceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The timeline's statement sends its rows unsorted, each source once, and the events and each event's sources are
 * put in order in Java: events by date and, on one date, as entered; an event's sources low risk first, then
 * medium, then high, each by publication date with the undated last. Citations of the deal itself, of a deleted
 * event or of another deal stay off the events.
 */
@DealtraceTest
@Transactional
class TimelineOrderTest {

    @Autowired
    TimelineService timelines;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eventsAndTheirSourcesComeInTheirOrderAndOnlyTheirOwn() {
        jdbc.sql("""
                insert into deal (slug, title, type, status, state)
                values ('order-deal', 'Order', 'PARTNERSHIP', 'ACTIVE', 'PUBLISHED'),
                       ('other-deal', 'Other', 'PARTNERSHIP', 'ACTIVE', 'PUBLISHED')""").update();
        event("order-deal", "2024-05-01", "Third");
        event("order-deal", "2024-03-01", "First");
        event("order-deal", "2024-03-01", "Second, same day, entered later");
        event("order-deal", "2024-04-01", "Deleted");
        event("other-deal", "2024-03-01", "Another deal's");
        jdbc.sql("update event set deleted_at = now() where title = 'Deleted'").update();
        source("high-2024-01", "HIGH", "2024-01-01");
        source("low-undated", "LOW", null);
        source("low-2024-03", "LOW", "2024-03-01");
        source("medium-2024-02", "MEDIUM", "2024-02-01");
        source("low-2024-02", "LOW", "2024-02-01");
        source("deal-only", "LOW", "2024-01-01");
        for (String source : List.of("high-2024-01", "low-undated", "low-2024-03", "medium-2024-02", "low-2024-02")) {
            cite(source, "order-deal", "First");
        }
        cite("medium-2024-02", "order-deal", "Third");
        cite("low-2024-02", "order-deal", "Deleted");
        cite("low-undated", "other-deal", "Another deal's");
        jdbc.sql("""
                insert into citation (source_id, deal_id)
                select s.id, d.id from source s, deal d where s.title = 'deal-only' and d.slug = 'order-deal'""").update();

        var entries = timelines.timeline("order-deal", Audience.EDITOR).entries();

        assertThat(entries).extracting(TimelineEntry::title)
                .containsExactly("First", "Second, same day, entered later", "Third");
        assertThat(entries.get(0).sources()).extracting(CitedSourceLine::title)
                .containsExactly("low-2024-02", "low-2024-03", "low-undated", "medium-2024-02", "high-2024-01");
        assertThat(entries.get(0).sources()).extracting(CitedSourceLine::quote).containsOnly("quote on First");
        assertThat(entries.get(1).sources()).isEmpty();
        assertThat(entries.get(2).sources()).extracting(CitedSourceLine::title, CitedSourceLine::stance)
                .containsExactly(tuple("medium-2024-02", Stance.SUPPORTS));
    }

    private void event(String deal, String day, String title) {
        jdbc.sql("""
                        insert into event (deal_id, occurred_on, date_precision, kind, title)
                        select id, cast(:day as date), 'DAY', 'ANNOUNCEMENT', :title from deal where slug = :deal""")
                .param("deal", deal).param("day", day).param("title", title).update();
    }

    private void source(String title, String risk, String published) {
        jdbc.sql("""
                        insert into source (title, publisher_name, publisher_kind, url, url_key, risk, published_on, summary)
                        values (:title, 'Order Press', 'NEWS_OUTLET', :url, :key, :risk, cast(:published as date), '')""")
                .param("title", title).param("url", "https://order.example/" + title)
                .param("key", "order.example/" + title).param("risk", risk).param("published", published).update();
    }

    private void cite(String source, String deal, String event) {
        jdbc.sql("""
                        insert into citation (source_id, deal_id, event_id, quote)
                        select s.id, d.id, e.id, 'quote on ' || e.title from source s, deal d join event e on e.deal_id = d.id
                        where s.title = :source and d.slug = :deal and e.title = :event""")
                .param("source", source).param("deal", deal).param("event", event).update();
    }
}
