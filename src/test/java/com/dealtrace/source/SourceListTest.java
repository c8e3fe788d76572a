package com.dealtrace.source;

import com.dealtrace.support.DealtraceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The source list counts up to a bound and keeps its page links usable past it. */
@DealtraceTest
@Transactional
class SourceListTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SourceService sources;

    @Test
    void aCountPastTheBoundIsShownAsMoreAndDeepPagesLinkOn() {
        jdbc.sql("""
                insert into source (title, publisher_name, publisher_kind, url, url_key, risk)
                select 'Many ' || n, 'Many publisher', 'BLOG', 'https://many.example.org/' || n, 'many.example.org/' || n,
                       'LOW'
                from generate_series(1, 1200) n""").update();

        var first = sources.list(null, null, 1);
        assertThat(first.more()).isTrue();
        assertThat(first.shownTotal()).isEqualTo(SourceQueries.COUNT_BOUND);
        assertThat(mvc.get().uri("/sources").exchange()).hasStatusOk().bodyText()
                .contains("<strong>1,000+</strong>", "page=2");

        var deep = sources.list(null, null, 23);
        assertThat(deep.sources()).hasSize(SourceListView.PAGE_SIZE);
        assertThat(deep.hasNext()).isTrue();
        assertThat(sources.list("many PUBLISHER", null, 1).sources()).hasSize(SourceListView.PAGE_SIZE);
    }
}
