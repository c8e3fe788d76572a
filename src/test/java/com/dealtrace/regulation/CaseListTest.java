package com.dealtrace.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.dealtrace.support.DealtraceTest;
import com.dealtrace.support.Pages;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

/** The case list a hundred cases a page: Next and Previous by cursor, search by title, regulator by name. */
@DealtraceTest
@Transactional
class CaseListTest {

    private static final Pattern ROW = Pattern.compile("<a href=\"/cases/(many-case-\\d+)\"");
    private static final Pattern NEXT = Pattern.compile("<a rel=\"next\" href=\"([^\"]+)\"");
    private static final Pattern PREVIOUS = Pattern.compile("<a rel=\"prev\" href=\"([^\"]+)\"");

    private final Pages site;
    private final JdbcClient jdbc;

    @Autowired
    CaseListTest(MockMvcTester mvc, JdbcClient jdbc) {
        this.site = new Pages(mvc, jdbc);
        this.jdbc = jdbc;
    }

    /** 250 cases of the demo deal, before the CMA and the Commission in turn, some without an opening date. */
    @BeforeEach
    void manyCases() {
        jdbc.sql("""
                insert into regulatory_case (slug, deal_id, regulator_id, title, jurisdiction, status, opened_on)
                select 'many-case-' || n, d.id, p.id, 'Many review ' || n, 'UK',
                       (array['OPEN', 'PHASE_2', 'MONITORING'])[1 + n % 3],
                       case when n % 5 <> 0 then date '2020-01-01' + n end
                from generate_series(1, 250) n
                join deal d on d.slug = 'microsoft-mistral-ai-partnership'
                join party p on p.slug = (array['uk-cma', 'european-commission'])[1 + n % 2]""").update();
    }

    @Test
    void nextWalksEveryCaseOnceAndPreviousComesBack() throws Exception {
        List<List<String>> pages = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        String address = "/cases?q=many%20review";
        while (address != null && pages.size() < 5) {
            String html = site.pageAt(address);
            addresses.add(address);
            pages.add(Pages.all(ROW, html));
            address = Pages.first(NEXT, html);
        }
        assertThat(pages).extracting(List::size).containsExactly(100, 100, 50);
        assertThat(pages.stream().flatMap(List::stream).distinct().count()).as("each case once").isEqualTo(250);
        assertThat(addresses.get(1)).contains("page=2", "after=many-case-");

        String back = Pages.first(PREVIOUS, site.pageAt(addresses.get(2)));
        assertThat(back).contains("page=2", "before=many-case-");
        assertThat(Pages.all(ROW, site.pageAt(back))).containsExactlyInAnyOrderElementsOf(pages.get(1));
        String first = Pages.first(PREVIOUS, site.pageAt(back));
        assertThat(first).isEqualTo("/cases?q=many%20review");
        assertThat(Pages.first(PREVIOUS, site.pageAt(first))).isNull();
    }

    @Test
    void searchAndRegulatorByNameNarrowTheList() throws Exception {
        assertThat(Pages.all(ROW, site.pageAt("/cases?q=review%2017"))).containsExactlyInAnyOrder("many-case-17", "many-case-170",
                "many-case-171", "many-case-172", "many-case-173", "many-case-174", "many-case-175", "many-case-176",
                "many-case-177", "many-case-178", "many-case-179");
        assertThat(Pages.all(ROW, site.pageAt("/cases?q=review%2017&regulator=Commission"))).allSatisfy(slug ->
                assertThat(Integer.parseInt(slug.substring("many-case-".length())) % 2).isOne());
        assertThat(Pages.all(ROW, site.pageAt("/cases?status=MONITORING&q=many"))).hasSize(83).allSatisfy(slug ->
                assertThat(Integer.parseInt(slug.substring("many-case-".length())) % 3).isEqualTo(2));
    }

    @Test
    void aCursorThatCannotBeReadOrLeadsNowhereIsSaidSo() throws Exception {
        assertThat(site.pageAt("/cases?after=%3Cscript%3E")).contains("The page link could not be read")
                .doesNotContain("<script>");
        assertThat(site.pageAt("/cases?page=4&after=no-such-case")).contains("The page this link led to is no longer in the list");
    }
}
