package com.dealtrace.browser;

import java.nio.file.Path;

import com.dealtrace.support.BrowserSupport;
import com.dealtrace.support.TestDatabaseConfiguration;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** An analyst finds the demo deal, reads its timeline and checks the evidence behind its grade, in Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestDatabaseConfiguration.class)
class AnalystReadsDealBrowserTest {

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    Page page;

    @BeforeAll
    static void startBrowser() {
        BrowserSupport.requireChromium();
        playwright = BrowserSupport.playwright();
        browser = BrowserSupport.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
    }

    @AfterEach
    void closePage() {
        page.close();
    }

    @Test
    void analystReadsTheTimelineAndTheSourceConfidencePage() {
        page.navigate("http://localhost:" + port + "/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deals").setExact(true)).click();
        page.getByLabel("Search", new Page.GetByLabelOptions().setExact(true)).fill("mistral");
        page.getByLabel("Grade").selectOption("A");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
        assertThat(page.locator(".result-count")).containsText("1 deal");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Microsoft and Mistral AI: Azure distribution partnership and convertible note")).click();
        assertThat(page.locator("h1")).hasText("Microsoft and Mistral AI: Azure distribution partnership and convertible note");
        assertThat(page.locator(".participants")).containsText("Partner, Investor, Distributor");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Timeline").setExact(true)).click();
        assertThat(page.locator("ol.timeline > li")).hasCount(8);
        assertThat(page.locator("ol.timeline > li").first()).containsText("December 2023");
        assertThat(page.locator("ol.timeline > li.unsourced")).hasCount(3);
        assertThat(page.locator("ol.timeline > li.milestone")).hasCount(2);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/timeline.png")).setFullPage(true));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sources & confidence")).click();
        assertThat(page.locator("#sources-h")).containsText("Sources (9)");
        assertThat(page.locator(".grade-compare")).containsText("94 %");
        assertThat(page.locator(".grade-compare")).containsText("6 independent origins");
        page.getByText("How the suggested score is computed").click();
        assertThat(page.locator(".explain table tbody tr")).hasCount(6);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/sources.png")).setFullPage(true));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Microsoft made a EUR 15 m investment in Mistral AI")).click();
        assertThat(page.locator(".supports-list")).containsText("Microsoft's EUR 15 m convertible note is reported");
    }

    @Test
    void unknownDealShowsTheNotFoundPage() {
        var response = page.navigate("http://localhost:" + port + "/deals/not-a-deal");

        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Not found");
    }
}
