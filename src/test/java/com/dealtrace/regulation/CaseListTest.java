package com.dealtrace.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.dealtrace.support.DealtraceTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/** The case list a hundred cases a page: Next and Previous by cursor, search by title, regulator by name. */
@DealtraceTest
@Transactional
class CaseListTest {

    private static final Pattern ROW = Pattern.compile("<a href=\"/cases/(many-case-\\d+)\"");
    private static final Pattern NEXT = Pattern.compile("<a rel=\"next\" href=\"([^\"]+)\"");
    private static final Pattern PREVIOUS = Pattern.compile("<a rel=\"prev\" href=\"([^\"]+)\"");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;


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
            String html = page(address);
            addresses.add(address);
            pages.add(rows(html));
            address = link(NEXT, html);
        }
        assertThat(pages).extracting(List::size).containsExactly(100, 100, 50);
        assertThat(pages.stream().flatMap(List::stream).distinct().count()).as("each case once").isEqualTo(250);
        assertThat(addresses.get(1)).contains("page=2", "after=many-case-");

        String back = link(PREVIOUS, page(addresses.get(2)));
        assertThat(back).contains("page=2", "before=many-case-");
        assertThat(rows(page(back))).containsExactlyInAnyOrderElementsOf(pages.get(1));
        String first = link(PREVIOUS, page(back));
        assertThat(first).isEqualTo("/cases?q=many%20review");
        assertThat(link(PREVIOUS, page(first))).isNull();
    }

    @Test
    void searchAndRegulatorByNameNarrowTheList() throws Exception {
        assertThat(rows(page("/cases?q=review%2017"))).containsExactlyInAnyOrder("many-case-17", "many-case-170",
                "many-case-171", "many-case-172", "many-case-173", "many-case-174", "many-case-175", "many-case-176",
                "many-case-177", "many-case-178", "many-case-179");
        assertThat(rows(page("/cases?q=review%2017&regulator=Commission"))).allSatisfy(slug ->
                assertThat(Integer.parseInt(slug.substring("many-case-".length())) % 2).isOne());
        assertThat(rows(page("/cases?status=MONITORING&q=many"))).hasSize(83).allSatisfy(slug ->
                assertThat(Integer.parseInt(slug.substring("many-case-".length())) % 3).isEqualTo(2));
    }

    @Test
    void aCursorThatCannotBeReadOrLeadsNowhereIsSaidSo() throws Exception {
        assertThat(page("/cases?after=%3Cscript%3E")).contains("The page link could not be read")
                .doesNotContain("<script>");
        assertThat(page("/cases?page=4&after=no-such-case")).contains("The page this link led to is no longer in the list");
    }

    private String page(String address) throws Exception {
        // as sent by a browser: the address is already encoded
        var result = mvc.get().uri(java.net.URI.create(address)).exchange();
        assertThat(result).as(address).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static List<String> rows(String html) {
        List<String> slugs = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            slugs.add(m.group(1));
        }
        return slugs;
    }

    private static String link(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        return m.find() ? HtmlUtils.htmlUnescape(m.group(1)) : null;
    }
}
