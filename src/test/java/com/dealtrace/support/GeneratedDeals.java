package com.dealtrace.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes published deals of any size straight into the database, for tests that need more than the demo data. */
public final class GeneratedDeals {

    private GeneratedDeals() {
    }

    /**
     * A published deal with {@code events} events, as many sources (one publisher each, risks in turn), two
     * citations per event and one on the deal as a whole, and one grade. Every text carries {@code text}.
     */
    public static void create(JdbcClient jdbc, String slug, int events, String text) {
        jdbc.sql("""
                        insert into deal (slug, title, type, status, announced_on, summary, region, watch_items,
                                          operating_surface, state)
                        values (:slug, :title, 'INVESTMENT', 'ANNOUNCED', '2025-01-15', :text, :text,
                                array[:text], array[:text], 'PUBLISHED')""")
                .param("slug", slug).param("title", "Deal " + text).param("text", text)
                .update();
        jdbc.sql("""
                        insert into party (slug, name, kind, description, aliases)
                        values (:slug || '-party', 'Party ' || :text, 'COMPANY', :text, array[:text])""")
                .param("slug", slug).param("text", text)
                .update();
        jdbc.sql("""
                        insert into deal_participant (deal_id, party_id, role, note)
                        select d.id, p.id, 'INVESTOR', :text from deal d, party p
                        where d.slug = :slug and p.slug = :slug || '-party'""")
                .param("slug", slug).param("text", text)
                .update();
        jdbc.sql("""
                        insert into event (deal_id, occurred_on, date_precision, kind, title, description)
                        select d.id, date '2020-01-01' + n, 'DAY', 'ANNOUNCEMENT', 'Event ' || n || ' ' || :text, :text
                        from deal d, generate_series(1, :events) n where d.slug = :slug""")
                .param("slug", slug).param("text", text).param("events", events)
                .update();
        jdbc.sql("""
                        insert into source (title, publisher_name, publisher_kind, url, url_key, risk, summary,
                                            published_on)
                        select 'Source ' || n || ' ' || :text, 'Publisher ' || n || ' ' || :text, 'NEWS_OUTLET',
                               'https://example.org/' || :slug || '/' || n, 'example.org/' || :slug || '/' || n,
                               (array['LOW', 'MEDIUM', 'HIGH'])[1 + n % 3], :text, date '2020-01-01' + n
                        from generate_series(1, :events) n""")
                .param("slug", slug).param("text", text).param("events", events)
                .update();
        jdbc.sql("""
                        insert into citation (source_id, deal_id, event_id, quote, locator, note)
                        select s.id, e.deal_id, e.id, :text, :text, :text
                        from event e
                        join deal d on d.id = e.deal_id and d.slug = :slug
                        join source s on s.url_key in ('example.org/' || :slug || '/' || (e.occurred_on - date '2020-01-01'),
                                                       'example.org/' || :slug || '/' || (1 + (e.occurred_on - date '2020-01-01') % :events))
                        """)
                .param("slug", slug).param("text", text).param("events", events)
                .update();
        jdbc.sql("""
                        insert into citation (source_id, deal_id, note)
                        select s.id, d.id, :text from deal d, source s
                        where d.slug = :slug and s.url_key = 'example.org/' || :slug || '/1'""")
                .param("slug", slug).param("text", text)
                .update();
        jdbc.sql("""
                        insert into confidence_assessment (deal_id, score, grade, rationale, assessed_by)
                        select id, 0.60, 'B/C', :text, :text from deal where slug = :slug""")
                .param("slug", slug).param("text", text)
                .update();
    }
}
