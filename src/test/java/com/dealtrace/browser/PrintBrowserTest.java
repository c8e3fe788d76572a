package com.dealtrace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.dealtrace.support.As;
import com.dealtrace.support.Chromium;
import com.dealtrace.support.TestDatabaseConfiguration;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The brief, the timeline and the sources page printed: no navigation or controls, drawings inside the page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dealtrace.page-cache.enabled=false")
@ActiveProfiles("demo")
@Import(TestDatabaseConfiguration.class)
class PrintBrowserTest {

    private static final String DEAL = "/deals/microsoft-mistral-ai-partnership";
    /** The width inside an A4 page's margins (210 mm less 2 × 12 mm) in CSS pixels, as the paper lays out. */
    private static final int A4_WIDTH = 703;

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    Page page;

    @BeforeEach
    void signInAsEditor() {
        // an editor sees the most controls: edit buttons and forms, which print must drop
        page = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(A4_WIDTH, 1100)).newPage();
        page.navigate(url("/login"));
        page.locator("#username").fill(As.EDITOR.name().toLowerCase());
        page.locator("#password").fill(As.EDITOR.password());
        page.locator("main button[type=submit]").click();
        assertThat(page.locator("header .who")).containsText("editor");
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    @Test
    void thePrintedBriefHasNoNavigationOrControlsAndFitsFewPages() {
        page.navigate(url(DEAL));
        assertThat(page.locator("a.button").first()).isVisible();

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));

        assertHiddenWhenPrinted();
        assertThat(page.locator("a.button").first()).isHidden();
        assertThat(page.locator("h1")).isVisible();
        assertThat(page.locator(".participants")).isVisible();
        assertBlackOnWhite();
        assertPdfPages(1, 4);
    }

    @Test
    void thePrintedTimelineKeepsItsDrawingInsideThePageAndEventsWhole() {
        page.navigate(url(DEAL + "/timeline"));
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));

        assertHiddenWhenPrinted();
        assertThat(page.locator(".row-actions").first()).isHidden();
        assertInsideThePage(page.locator(".wide-timeline svg.timeline-svg"));
        assertThat(page.locator("ol.timeline > li").first())
                .hasCSS("break-inside", Pattern.compile("avoid"));
        assertBlackOnWhite();
        assertPdfPages(1, 6);
    }

    @Test
    void thePrintedSourcesPageShowsTheAddressOfEveryOriginalAndBothDrawings() {
        page.navigate(url(DEAL + "/sources"));
        var original = page.locator("ol.sources a.external").first();
        assertThat(afterContent(original)).isIn("none", "normal");

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));

        assertHiddenWhenPrinted();
        assertThat(afterContent(original)).startsWith("\" (https://").endsWith(")\"");
        assertInsideThePage(page.locator("svg.mix-svg"));
        assertInsideThePage(page.locator("svg.grades-svg"));
        assertPdfPages(1, 8);
    }

    private void assertHiddenWhenPrinted() {
        assertThat(page.locator("header.site nav")).isHidden();
        assertThat(page.locator("header.site form.search")).isHidden();
        assertThat(page.locator("nav.tabs")).isHidden();
        assertThat(page.locator("footer.site")).isHidden();
        assertThat(page.locator("button:visible")).hasCount(0);
        assertThat(page.locator("form:visible")).hasCount(0);
    }

    private void assertInsideThePage(Locator drawing) {
        assertThat(drawing).isVisible();
        var box = drawing.boundingBox();
        assertThat(box.width).isPositive();
        assertThat(box.x).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).isLessThanOrEqualTo(A4_WIDTH);
    }

    private void assertBlackOnWhite() {
        assertThat(page.locator("main")).hasCSS("background-color", "rgb(255, 255, 255)");
        assertThat(page.locator("main")).hasCSS("color", "rgb(0, 0, 0)");
    }

    private void assertPdfPages(int fewest, int most) {
        byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4"));
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-");
        long pages = Pattern.compile("/Type\\s*/Page\\b(?!s)").matcher(text).results().count();
        assertThat(pages).isBetween((long) fewest, (long) most);
    }

    private String afterContent(Locator link) {
        return (String) link.evaluate("a => getComputedStyle(a, '::after').content");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
