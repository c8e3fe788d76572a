package com.dealtrace.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealtrace.support.DealtraceTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

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

    @Test
    void theNextPageStartsAfterTheLastSourceShownAndMatchesThePageByNumber() {
        jdbc.sql("""
                insert into source (title, publisher_name, publisher_kind, url, url_key, risk, published_on)
                select 'Keyset ' || n, 'Keyset publisher ' || n % 3, 'BLOG', 'https://keyset.example.org/' || n,
                       'keyset.example.org/' || n, (array['LOW', 'MEDIUM', 'HIGH'])[1 + n % 3],
                       case when n % 7 = 0 then null else date '2020-01-01' + n % 40 end
                from generate_series(1, 230) n""").update();

        var byNumber = sources.list(null, null, 1);
        for (int page = 2; page <= 5; page++) {
            var afterLast = sources.list(null, null, page, byNumber.nextAfter());
            byNumber = sources.list(null, null, page);
            assertThat(afterLast.sources()).as("page %d", page).isEqualTo(byNumber.sources());
            assertThat(afterLast.total()).isEqualTo(byNumber.total());
        }
        assertThat(mvc.get().uri("/sources").exchange()).hasStatusOk().bodyText()
                .containsPattern("rel=\"next\" href=\"/sources\\?[^\"]*page=2&amp;after=\\d+\"");
    }

    @Test
    void thePreviousPageEndsBeforeTheFirstSourceShownAndMatchesThePageByNumber() {
        jdbc.sql("""
                insert into source (title, publisher_name, publisher_kind, url, url_key, risk, published_on)
                select 'Back ' || n, 'Back publisher ' || n % 3, 'BLOG', 'https://back.example.org/' || n,
                       'back.example.org/' || n, (array['LOW', 'MEDIUM', 'HIGH'])[1 + n % 3],
                       case when n % 7 = 0 then null else date '2020-01-01' + n % 40 end
                from generate_series(1, 230) n""").update();

        for (int page = 2; page <= 4; page++) {
            var here = sources.list(null, null, page + 1);
            var before = sources.list(null, null, page, null, here.sources().get(0).id());
            assertThat(before.sources()).as("page %d", page).isEqualTo(sources.list(null, null, page).sources());
            assertThat(before.hasPrevious()).isTrue();
            assertThat(before.hasNext()).isTrue();
        }
        var second = sources.list(null, null, 2);
        assertThat(sources.list(null, null, 1, null, second.sources().get(0).id()).hasPrevious()).as("the first page").isFalse();
        assertThat(mvc.get().uri("/sources").param("page", "3").param("after", "1").exchange()).hasStatusOk().bodyText()
                .containsPattern("rel=\"prev\" href=\"/sources\\?[^\"]*page=2&amp;before=\\d+\"");
    }
}
