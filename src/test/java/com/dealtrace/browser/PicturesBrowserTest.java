package com.dealtrace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.dealtrace.support.Chromium;
import com.dealtrace.support.TestDatabaseConfiguration;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The three drawings (timeline, party network, confidence picture) in Chromium, in English and in Spanish: each is
 * drawn, labelled in the reader's language, and every link in it leads somewhere real — an entry further down the
 * page or a page that answers. The screenshots land in {@code dealtrace.screenshots} (target/screenshots unless
 * set; the README's pictures come from {@code -Ddealtrace.screenshots=docs/screenshots}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dealtrace.page-cache.enabled=false")
@ActiveProfiles("demo")
@Import(TestDatabaseConfiguration.class)
class PicturesBrowserTest {

    static final String DEAL = "/deals/microsoft-mistral-ai-partnership";
    static final Path SCREENSHOTS = Path.of(System.getProperty("dealtrace.screenshots", "target/screenshots"));

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void theDrawingsAreThereInTheReadersLanguageAndEveryLinkInThemLeadsSomewhere(String language) {
        boolean spanish = language.equals("es");
        try (var context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setLocale(spanish ? "es-ES" : "en-GB"))) {
            Page page = context.newPage();

            page.navigate(url(DEAL + "/timeline"));
            assertThat(page.locator("html")).hasAttribute("lang", language);
            assertThat(page.locator("h2").first()).isVisible();
            checkDrawing(page, ".wide-timeline svg.timeline-svg", 8);
            assertThat(page.locator(".narrow-timeline")).isHidden();
            assertThat(page.locator("ol.timeline > li").first()).containsText(spanish ? "diciembre de 2023" : "December 2023");
            page.locator("figure.timeline-drawing").screenshot(new Locator.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("timeline-" + language + ".png")));

            page.navigate(url("/parties/microsoft/network"));
            assertThat(page.locator("html")).hasAttribute("lang", language);
            checkDrawing(page, "svg.network-svg[role=group]", 6);
            page.locator("figure.network").screenshot(new Locator.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("network-" + language + ".png")));

            page.navigate(url(DEAL + "/sources"));
            assertThat(page.locator("html")).hasAttribute("lang", language);
            checkDrawing(page, "svg.mix-svg", 4);
            assertThat(page.locator("svg.grades-svg")).isVisible();
            assertThat(page.locator("#picture-h")).not().hasText("");
            assertThat(page.locator("body")).containsText(spanish ? "Fuentes" : "Sources");
            page.locator("section.picture").screenshot(new Locator.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("sources-" + language + ".png")));

            String other = spanish ? "English" : "Español";
            page.locator(".languages").getByText(other).click();
            assertThat(page.locator("html")).hasAttribute("lang", spanish ? "en" : "es");
            page.navigate(url("/parties/microsoft/network"));
            assertThat(page.locator("html")).hasAttribute("lang", spanish ? "en" : "es");
        }
    }

    /** At 360 px the brief, the timeline and the sources page show the key facts in the first screen; screenshots of it. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void onAPhoneTheDealPagesShowTheKeyFactsInTheFirstScreen(String language) {
        try (var context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 800)
                .setDeviceScaleFactor(1).setLocale(language.equals("es") ? "es-ES" : "en-GB"))) {
            Page page = context.newPage();
            for (String name : List.of("brief", "timeline", "sources")) {
                page.navigate(url(name.equals("brief") ? DEAL : DEAL + "/" + name));
                Locator latest = page.locator("section.key-facts .fact").last();
                assertThat(latest).isInViewport();
                assertThat(page.evaluate("document.documentElement.scrollWidth")).isEqualTo(360);
                if (name.equals("timeline")) {
                    // the phone gets the top-to-bottom drawing, its text at 11 px or more, not the shrunken strip
                    assertThat(page.locator(".wide-timeline")).isHidden();
                    checkDrawing(page, "svg.timeline-svg.vertical", 8);
                    double pixels = ((Number) page.locator("svg.timeline-svg.vertical").evaluate("s => s.getBoundingClientRect().width"
                            + " / s.viewBox.baseVal.width * parseFloat(getComputedStyle(s).fontSize)")).doubleValue();
                    assertThat(pixels).as("the drawing's text size on screen").isGreaterThanOrEqualTo(11);
                    page.locator("figure.timeline-drawing").screenshot(new Locator.ScreenshotOptions()
                            .setPath(SCREENSHOTS.resolve("phone-drawing-" + language + ".png")));
                }
                shoot(page, "phone-" + name, language);
            }
        }
    }

    /** The drawing is visible, has at least {@code links} links, and each one resolves: an anchor here, or a page. */
    private void checkDrawing(Page page, String svg, int links) {
        assertThat(page.locator(svg)).isVisible();
        List<String> hrefs = hrefs(page, svg);
        assertThat(hrefs).as(svg + " links").hasSizeGreaterThanOrEqualTo(links);
        for (String href : hrefs) {
            if (href.startsWith("#")) {
                assertThat(page.locator("[id='" + href.substring(1) + "']").count()).as(href).isEqualTo(1);
            }
            else {
                assertThat(href).as("a link inside the app").startsWith("/");
                int anchor = href.indexOf('#');
                var response = page.request().get(url(anchor < 0 ? href : href.substring(0, anchor)));
                assertThat(response.status()).as(href).isEqualTo(200);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> hrefs(Page page, String svg) {
        return (List<String>) page.locator(svg + " a")
                .evaluateAll("links => links.map(a => a.getAttribute('href') || a.getAttribute('xlink:href'))");
    }

    private static void shoot(Page page, String name, String language) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-" + language + ".png")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
