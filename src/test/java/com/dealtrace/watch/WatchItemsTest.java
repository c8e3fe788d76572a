package com.dealtrace.watch;

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

/** Each "what to watch" line of a deal is an item that an editor resolves with the event that answered it, or drops. */
@DealtraceTest
@Transactional
class WatchItemsTest {

    private static final String DEAL = "/deals/microsoft-mistral-ai-partnership";
    private static final String NOTE = "Whether Microsoft converts its note in a later round";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyLineOfTheDemoDealIsAnOpenItemOnTheBrief() {
        assertThat(count("select count(*) from watch_item w join deal d on d.id = w.deal_id where d.slug = 'microsoft-mistral-ai-partnership' and w.state = 'OPEN'"))
                .isEqualTo(6);
        assertThat(get(DEAL, As.ANONYMOUS)).hasStatusOk().bodyText()
                .contains("What to watch", "<span class=\"state\">Open</span>", NOTE)
                .doesNotContain("Resolve or drop");
        assertThat(get(DEAL, As.EDITOR)).bodyText().contains("Resolve or drop");
    }

    @Test
    void anEditorResolvesAnItemWithTheEventThatAnsweredItAndTheHistoryRecordsIt() {
        long item = item(NOTE);
        long seriesC = id("select id from event where title = 'ASML leads Mistral''s EUR 1.7 bn Series C'");

        assertThat(get(DEAL + "/watch/" + item, As.EDITOR)).hasStatusOk().bodyText()
                .contains(NOTE, "ASML leads Mistral&#39;s EUR 1.7 bn Series C");
        assertThat(post(DEAL + "/watch/" + item + "/resolve", "event", String.valueOf(seriesC)))
                .hasStatus3xxRedirection().hasRedirectedUrl(DEAL);

        assertThat(get(DEAL, As.ANONYMOUS)).bodyText()
                .contains("<span class=\"state\">Resolved</span>", "answered by",
                        "href=\"" + DEAL + "/timeline#event-" + seriesC + "\">ASML leads Mistral&#39;s EUR 1.7 bn Series C</a>");
        assertThat(get(DEAL + "?lang=es", As.ANONYMOUS)).bodyText().contains("Resuelto", "resuelto por");
        assertThat(jdbc.sql("""
                        select f.field || ':' || coalesce(f.old_value, '-') || '>' || f.new_value
                        from change_log l join change_log_field f on f.change_id = l.id
                        where l.entity = 'WATCH_ITEM' and l.entity_id = :item order by f.position""")
                .param("item", item).query(String.class).list())
                .containsExactly("watch.field.state:OPEN>RESOLVED", "watch.field.event:->ASML leads Mistral's EUR 1.7 bn Series C");
        assertThat(get(DEAL + "/history", As.ANALYST)).bodyText().contains("Resolved the watch item");
    }

    @Test
    void aDroppedItemLeavesTheBriefAndIsRecorded() {
        long item = item("Multi-cloud model access");

        assertThat(post(DEAL + "/watch/" + item + "/drop")).hasStatus3xxRedirection();

        assertThat(get(DEAL, As.ANONYMOUS)).bodyText().doesNotContain("Multi-cloud model access");
        assertThat(count("select count(*) from change_log where entity = 'WATCH_ITEM' and summary like 'Dropped%'")).isOne();
        assertThat(post(DEAL + "/watch/" + item + "/drop")).as("only open items change").hasStatus(404);
    }

    @Test
    void anEventOfAnotherDealOrNoneIsRefusedBesideTheFieldAndNothingChanges() {
        long item = item(NOTE);
        long otherDeal = id("select id from event where title = 'Series C of EUR 1.7 bn closes with ASML as lead investor'");

        for (String event : new String[] {String.valueOf(otherDeal), "", "abc", "99999999999999999999"}) {
            assertThat(post(DEAL + "/watch/" + item + "/resolve", "event", event)).as(event)
                    .hasStatus(422).bodyText().contains("Choose one of this deal&#39;s events.");
        }
        assertThat(count("select count(*) from watch_item where state = 'OPEN' and id = " + item)).isOne();
    }

    @Test
    void linesAddedToTheDealBecomeOpenItemsAndLinesTakenOutDropTheirs() {
        jdbc.sql("""
                update deal set watch_items = array['Mistral model roadmap independence', 'A new question']
                where slug = 'microsoft-mistral-ai-partnership'""").update();

        assertThat(jdbc.sql("""
                        select w.text || ':' || w.state from watch_item w join deal d on d.id = w.deal_id
                        where d.slug = 'microsoft-mistral-ai-partnership' and w.state = 'OPEN' order by w.position""")
                .query(String.class).list())
                .containsExactly("Mistral model roadmap independence:OPEN", "A new question:OPEN");
        assertThat(count("select count(*) from watch_item w join deal d on d.id = w.deal_id where d.slug = 'microsoft-mistral-ai-partnership' and w.state = 'DROPPED'"))
                .isEqualTo(5);
    }

    @Test
    void onlyEditorsResolveOrDrop() {
        long item = item(NOTE);

        assertThat(get(DEAL + "/watch/" + item, As.ANALYST)).hasStatus(403);
        assertThat(mvc.post().uri(DEAL + "/watch/" + item + "/drop").with(csrf()).with(As.ANALYST.user()).exchange())
                .hasStatus(403);
        assertThat(get("/deals/asml-mistral-ai-series-c/watch/" + item, As.EDITOR)).as("another deal's item").hasStatus(404);
    }

    private long item(String text) {
        return jdbc.sql("select id from watch_item where text = :text").param("text", text).query(Long.class).single();
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
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
}
