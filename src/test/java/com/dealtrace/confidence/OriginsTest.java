package com.dealtrace.confidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.dealtrace.change.AsOf;
import com.dealtrace.event.CitedSourceLine;
import com.dealtrace.event.TimelineEntry;
import com.dealtrace.event.TimelineService;
import com.dealtrace.security.Audience;
import com.dealtrace.support.DealtraceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, defect 1: a deal citing Amazon's sources in every form — linked to the Amazon party, named by an alias,
 * published on Amazon's own domain under another name — counts one origin, not one per form.
 */
@DealtraceTest
@Transactional
class OriginsTest {

    @Autowired
    ConfidenceService confidence;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TimelineService timelines;

    @Test
    void oneOriginPerPublisherWhateverFormItsSourcesTake() {
        jdbc.sql("""
                insert into party (slug, name, kind, website, aliases)
                values ('amazon-test', 'Amazon Test', 'COMPANY', 'https://www.amazon.example', '{"Amazon Test, Inc.",AMZT}')""")
                .update();
        jdbc.sql("""
                insert into deal (slug, title, type, status, state) values ('origins-deal', 'Origins', 'INVESTMENT', 'ACTIVE', 'PUBLISHED')""")
                .update();
        // three linked to the party, one named by an alias, one on the same domain under another name
        source("https://www.aboutamazon.example/news/1", "Amazon Test", true, "LOW");
        source("https://www.aboutamazon.example/news/2", "Amazon Test", true, "LOW");
        source("https://www.aboutamazon.example/news/3", "Amazon Test", true, "MEDIUM");
        source("https://amazon.example/about/4", "Amazon Test, Inc.", false, "LOW");
        source("https://press.aboutamazon.example/5", "Amazon Newsroom", false, "MEDIUM");
        source("https://www.cnbc.example/6", "CNBC Test", false, "MEDIUM");

        var suggested = confidence.sourceConfidence("origins-deal", Audience.EDITOR).suggested();

        assertThat(suggested.sources()).isEqualTo(6);
        assertThat(suggested.origins()).hasSize(2);
        assertThat(suggested.origins().get(0).sources()).isEqualTo(5);
        // 1 − 0.4 × 0.7, not 1 − 0.4² × 0.7² (Amazon twice) or worse
        assertThat(suggested.score()).isEqualByComparingTo("0.72");
        assertThat(jdbc.sql("select p.slug from source s join party p on p.id = s.publisher_id where s.url like '%/about/4'")
                .query(String.class).single()).as("saving the source linked it by the alias").isEqualTo("amazon-test");
    }

    @Test
    void theDemoDealKeepsItsSixOrigins() {
        var suggested = confidence.sourceConfidence("microsoft-mistral-ai-partnership", Audience.EDITOR).suggested();

        assertThat(suggested.origins()).hasSize(6);
        assertThat(suggested.score()).isEqualByComparingTo("0.98");
    }

    /**
     * The timeline's statement classes each citation's publisher itself, reading the deal's direct parties once
     * instead of calling {@code origin_class()} for every citation: on the demo deal (its own companies, the CMA,
     * the press) and on its case's milestones, every cited source gets the class the function gives.
     */
    @Test
    void theTimelineClassesEachPublisherAsOriginClassDoes() {
        Map<Long, String> expected = jdbc.sql("""
                        select s.id, origin_class(d.id, s.publisher_id, s.publisher_kind) as origin_class
                        from deal d join citation c on c.deal_id = d.id join source s on s.id = c.source_id
                          join event e on e.id = c.event_id and e.deleted_at is null
                        where d.slug = 'microsoft-mistral-ai-partnership'""")
                .query((rs, row) -> Map.entry(rs.getLong("id"), rs.getString("origin_class"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        assertThat(expected).containsValues("DIRECT", "OFFICIAL", "INDEPENDENT");

        var entries = timelines.timeline("microsoft-mistral-ai-partnership", Audience.EDITOR).entries();
        assertThat(classes(entries)).isEqualTo(expected);

        long caseId = jdbc.sql("""
                        select rc.id from regulatory_case rc join deal d on d.id = rc.deal_id
                        where d.slug = 'microsoft-mistral-ai-partnership' order by rc.id limit 1""")
                .query(Long.class).single();
        var milestones = classes(timelines.milestones(caseId));
        assertThat(milestones).isNotEmpty();
        assertThat(expected).containsAllEntriesOf(milestones);
    }

    /**
     * A party that joins a deal later speaks for itself only from that day: read as of a day before, its source is
     * independent on the timeline, on the sources page and in the suggested score alike; from the day it joined,
     * direct on all three. Both pages take the deal's direct parties from the rows of the day asked for.
     */
    @Test
    void aPublisherThatJoinedLaterIsIndependentOnTheDaysBeforeOnEveryPage() {
        jdbc.sql("insert into party (slug, name, kind) values ('joiner-test', 'Joiner Test', 'COMPANY')").update();
        jdbc.sql("""
                insert into deal (slug, title, type, status, state) values ('joined-deal', 'Joined', 'INVESTMENT', 'ACTIVE', 'PUBLISHED')""")
                .update();
        jdbc.sql("""
                insert into source (title, publisher_id, publisher_name, publisher_kind, url, url_key, risk, summary)
                values ('Joiner says', (select id from party where slug = 'joiner-test'), 'Joiner Test', 'COMPANY',
                        'https://joiner.example/1', 'joiner.example/1', 'LOW', '')""").update();
        jdbc.sql("""
                insert into event (deal_id, occurred_on, date_precision, kind, title)
                select id, date '2025-01-10', 'DAY', 'ANNOUNCEMENT', 'Joined announced' from deal where slug = 'joined-deal'""")
                .update();
        jdbc.sql("""
                insert into citation (source_id, deal_id, event_id)
                select s.id, d.id, e.id from source s, deal d join event e on e.deal_id = d.id
                where s.url = 'https://joiner.example/1' and d.slug = 'joined-deal'""").update();
        jdbc.sql("update row_version set valid_from = timestamptz '2025-01-10 12:00Z' where valid_from >= now()").update();
        jdbc.sql("""
                insert into deal_participant (deal_id, party_id, role)
                select d.id, p.id, 'INVESTOR' from deal d, party p where d.slug = 'joined-deal' and p.slug = 'joiner-test'""")
                .update();
        jdbc.sql("update row_version set valid_from = timestamptz '2025-02-10 12:00Z' where valid_from >= now()").update();

        var before = new AsOf(LocalDate.parse("2025-01-20"));
        assertThat(classes(timelines.timeline("joined-deal", Audience.EDITOR, before).entries()).values()).containsExactly("INDEPENDENT");
        assertThat(confidence.sourceConfidence("joined-deal", Audience.EDITOR, before).suggested().origins())
                .extracting(Origin::originClass).containsExactly(OriginClass.INDEPENDENT);

        var after = new AsOf(LocalDate.parse("2025-02-20"));
        assertThat(classes(timelines.timeline("joined-deal", Audience.EDITOR, after).entries()).values()).containsExactly("DIRECT");
        assertThat(confidence.sourceConfidence("joined-deal", Audience.EDITOR, after).suggested().origins())
                .extracting(Origin::originClass).containsExactly(OriginClass.DIRECT);
        assertThat(confidence.sourceConfidence("joined-deal", Audience.EDITOR).suggested().origins())
                .extracting(Origin::originClass).containsExactly(OriginClass.DIRECT);
    }

    private static Map<Long, String> classes(List<TimelineEntry> entries) {
        return entries.stream().flatMap(e -> e.sources().stream())
                .collect(Collectors.toMap(CitedSourceLine::sourceId, CitedSourceLine::originClass, (a, b) -> a));
    }

    private void source(String url, String publisher, boolean linked, String risk) {
        jdbc.sql("""
                        insert into source (title, publisher_id, publisher_name, publisher_kind, url, url_key, risk, summary)
                        values ('T', case when :linked then (select id from party where slug = 'amazon-test') end, :publisher,
                                'COMPANY', :url, :key, :risk, '')""")
                .param("linked", linked).param("publisher", publisher).param("url", url)
                .param("key", url.replaceFirst("https://(www\\.)?", "")).param("risk", risk).update();
        jdbc.sql("""
                        insert into citation (source_id, deal_id)
                        select s.id, d.id from source s, deal d where s.url = :url and d.slug = 'origins-deal'""")
                .param("url", url).update();
    }
}
