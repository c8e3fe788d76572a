package com.dealtrace.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import javax.xml.parsers.DocumentBuilderFactory;

import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;
import com.dealtrace.support.GeneratedDeals;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

@DealtraceTest
@Transactional
class FeedsAndCsvTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFeedOfAllEventsIsAtomWithEveryRequiredElement() throws Exception {
        Document feed = atom("/feeds/events.atom");

        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        for (String required : new String[] {"id", "title", "updated", "author", "link"}) {
            assertThat(root.getElementsByTagNameNS(ATOM, required).getLength()).as(required).isPositive();
        }
        var entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(9);
        for (int i = 0; i < entries.getLength(); i++) {
            var entry = (Element) entries.item(i);
            for (String required : new String[] {"id", "title", "updated", "link", "summary"}) {
                assertThat(entry.getElementsByTagNameNS(ATOM, required).getLength()).as(required).isOne();
            }
            assertThat(entry.getElementsByTagNameNS(ATOM, "updated").item(0).getTextContent()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        }
    }

    @Test
    void dealAndPartyFeedsHoldTheirEventsOnly() throws Exception {
        assertThat(atom("/deals/asml-mistral-ai-series-c/events.atom").getElementsByTagNameNS(ATOM, "entry").getLength()).isOne();
        var cma = atom("/parties/uk-cma/events.atom");
        assertThat(cma.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent())
                .isEqualTo("Dealtrace: Competition and Markets Authority");
        assertThat(cma.getElementsByTagNameNS(ATOM, "entry").getLength()).isEqualTo(8);
        assertThat(mvc.get().uri("/deals/nope/events.atom").exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/parties/nobody/events.atom").exchange()).hasStatus(404);
    }

    @Test
    void feedsCarryPublicDealsOnlyAndEscapeTheirText() throws Exception {
        GeneratedDeals.create(jdbc, "feed-deal", 2, "<b>bold</b> & \u0001control");
        jdbc.sql("update deal set visibility = 'MEMBERS' where slug = 'asml-mistral-ai-series-c'").update();

        var feed = atom("/feeds/events.atom");
        String all = feed.getDocumentElement().getTextContent();
        assertThat(all).contains("Event 1 <b>bold</b> & control").doesNotContain("Series C of EUR 1.7 bn closes");
    }

    @Test
    void theDealListExportsAsCsvWithTheSameFilters() {
        var result = mvc.get().uri("/deals.csv").param("type", "PARTNERSHIP").exchange();

        assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8")
                .hasHeader("Content-Disposition", "attachment; filename=\"deals.csv\"");
        assertThat(result).bodyText()
                .startsWith("\"slug\",\"title\",\"type\",\"status\",\"announced_on\",\"amount\",\"currency\",\"region\","
                        + "\"parties\",\"visibility\",\"score\",\"grade\"\r\n")
                .contains("\"microsoft-mistral-ai-partnership\",\"Microsoft and Mistral AI: Azure distribution partnership and "
                        + "convertible note\",\"PARTNERSHIP\",\"ACTIVE\",\"2024-02-26\",15000000.00,\"EUR\",\"United States / France / "
                        + "European Union / Global enterprise AI markets\",\"Microsoft, Mistral AI\",\"PUBLIC\",0.94,\"A\"")
                .doesNotContain("asml-mistral-ai-series-c");
    }

    @Test
    void csvFieldsAreQuotedAndFormulasDisarmed() {
        GeneratedDeals.create(jdbc, "csv-deal", 2, "=HYPERLINK(\"x\"), \"quoted\"");

        assertThat(mvc.get().uri("/deals.csv").param("q", "HYPERLINK").exchange()).bodyText()
                .contains("\"Deal =HYPERLINK(\"\"x\"\"), \"\"quoted\"\"\"");
        assertThat(mvc.get().uri("/deals/csv-deal/sources.csv").exchange()).bodyText()
                .contains("\"Source 1 =HYPERLINK(\"\"x\"\"), \"\"quoted\"\"\"", "\"'=HYPERLINK(\"\"x\"\"), \"\"quoted\"\"\"");
    }

    @Test
    void aFormulaAfterASeparatorIsDisarmedForSpreadsheetsThatSplitOnAnotherCharacter() {
        GeneratedDeals.create(jdbc, "csv-semicolon", 1, "EU;=1+1, -2+3|@SUM(A1)");

        assertThat(mvc.get().uri("/deals.csv").param("q", "SUM").exchange()).bodyText()
                .contains("\"Deal EU;'=1+1, '-2+3|'@SUM(A1)\"")
                .doesNotContain(";=1+1", ", -2", "|@SUM");
    }

    @Test
    void aDealsSourcesExportAsCsv() {
        assertThat(mvc.get().uri("/deals/microsoft-mistral-ai-partnership/sources.csv").with(As.ANONYMOUS.user())
                .exchange()).hasStatusOk().bodyText()
                .contains("\"TechCrunch\",\"NEWS_OUTLET\",\"2024-02-27\",\"MEDIUM\"", "the deal as a whole");
    }

    private Document atom(String url) throws Exception {
        var result = mvc.get().uri(url).exchange();
        assertThat(result).hasStatusOk().hasContentType("application/atom+xml;charset=UTF-8");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
    }
}
