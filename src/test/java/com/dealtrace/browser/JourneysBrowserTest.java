package com.dealtrace.browser;

import java.nio.file.Path;

import com.dealtrace.support.As;
import com.dealtrace.support.Chromium;
import com.dealtrace.support.RowsAdded;
import com.dealtrace.support.TestDatabaseConfiguration;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The user journeys of the three roles, in Chromium against the running app. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dealtrace.page-cache.enabled=false")
@ActiveProfiles("demo")
@Import(TestDatabaseConfiguration.class)
class JourneysBrowserTest {

    private static final String DEAL_TITLE = "Microsoft and Mistral AI: Azure distribution partnership and convertible note";

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Page page;
    RowsAdded added;

    @BeforeEach
    void openPage() {
        added = new RowsAdded(jdbc);
        page = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
    }

    @AfterEach
    void closePage() {
        page.context().close();
        added.remove();
    }

    @Test
    void analystReadsTheTimelineAndTheSourceConfidencePage() {
        signIn(As.ANALYST);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deals").setExact(true)).click();
        page.getByLabel("Search", new Page.GetByLabelOptions().setExact(true)).fill("mistral");
        page.getByLabel("Grade").selectOption("A");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
        assertThat(page.locator(".result-count")).containsText("1 deal");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(DEAL_TITLE)).click();
        assertThat(page.locator("h1")).hasText(DEAL_TITLE);
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
        assertThat(page.locator(".grade-compare .rationale")).containsText("backed by primary documents");
        assertThat(page.locator("ol.history > li")).hasCount(2);
        page.getByText("How the suggested score is computed").click();
        assertThat(page.locator(".explain table tbody tr")).hasCount(6);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/sources.png")).setFullPage(true));

        page.navigate(url("/parties/microsoft/network"));
        assertThat(page.locator("svg.network-svg a.node")).hasCount(6);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/network.png")).setFullPage(true));
        page.goBack();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Microsoft made a EUR 15 m investment in Mistral AI")).click();
        assertThat(page.locator(".supports-list")).containsText("Microsoft's EUR 15 m convertible note is reported");
        assertThat(page.getByText("Edit source")).hasCount(0);
    }

    @Test
    void editorAddsASourceAndCitesItOnANewEvent() {
        signIn(As.EDITOR);
        page.navigate(url("/sources"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New source")).click();
        page.getByLabel("Address (http or https)").fill("https://www.reuters.com/technology/eu-watch-microsoft-mistral");
        page.getByLabel("Title").fill("EU keeps an eye on Microsoft's Mistral stake");
        page.getByLabel("Publisher name").fill("Reuters");
        page.getByLabel("Publisher kind").selectOption("NEWS_WIRE");
        page.getByLabel("Risk").selectOption("MEDIUM");
        page.getByLabel("One-line summary").fill("Brussels officials keep watching the deal without a formal probe.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save source")).click();
        assertThat(page.locator(".notice")).containsText("The source is added");
        assertThat(page.locator("h1")).hasText("EU keeps an eye on Microsoft's Mistral stake");

        page.navigate(url("/deals/microsoft-mistral-ai-partnership/timeline"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add event")).click();
        page.getByLabel("Date").fill("2024-06-10");
        page.getByLabel("Known to the").selectOption("MONTH");
        page.locator("#kind").selectOption("STATEMENT");
        page.locator("#title").fill("Brussels keeps watching the partnership");
        page.getByLabel("Source 1").pressSequentially("eye on micro");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("EU keeps an eye on Microsoft's Mistral stake")).click();
        page.locator("#citations0\\.quote").fill("no formal probe");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save event")).click();

        assertThat(page.locator(".notice")).containsText("The event is added to the timeline.");
        var event = page.locator("ol.timeline > li", new Page.LocatorOptions().setHasText("Brussels keeps watching the partnership"));
        assertThat(event).containsText("June 2024");
        assertThat(event).containsText("EU keeps an eye on Microsoft's Mistral stake");
        assertThat(event).containsText("Medium risk");
        assertThat(event).containsText("no formal probe");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/editor-timeline.png")).setFullPage(true));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("History")).click();
        assertThat(page.locator(".history-log > li").first()).containsText("Added the event “Brussels keeps watching the partnership”");
    }

    @Test
    void editorTypesPartOfASourceTitlePicksItWithTheKeyboardAndSeesItCited() {
        signIn(As.EDITOR);
        page.navigate(url("/deals/microsoft-mistral-ai-partnership/events/new"));
        page.getByLabel("Date").fill("2024-07-01");
        page.locator("#kind").selectOption("STATEMENT");
        page.locator("#title").fill("Mistral restates the Azure distribution");

        var source = page.getByLabel("Source 1");
        source.pressSequentially("au lar");
        var list = page.getByRole(AriaRole.LISTBOX);
        assertThat(list).isVisible();
        assertThat(list.getByRole(AriaRole.OPTION).first()).containsText("Au Large");
        assertThat(list.getByRole(AriaRole.OPTION).first()).containsText("already cited on this deal");
        source.press("ArrowDown");
        assertThat(source).hasAttribute("aria-activedescendant", java.util.regex.Pattern.compile(".+"));
        source.press("Enter");
        assertThat(list).isHidden();
        assertThat(source).hasValue(java.util.regex.Pattern.compile("\\d+"));
        assertThat(page.locator("#citations0source-chosen")).containsText("Au Large");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a source")).click();
        assertThat(page.locator("#title")).hasValue("Mistral restates the Azure distribution");
        assertThat(page.getByLabel("Source 2")).isVisible();
        assertThat(page.locator("#citations0source-chosen")).containsText("Au Large");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save event")).click();
        assertThat(page.locator(".notice")).containsText("The event is added to the timeline.");
        var event = page.locator("ol.timeline > li", new Page.LocatorOptions().setHasText("Mistral restates the Azure distribution"));
        assertThat(event).containsText("Au Large");
    }

    @Test
    void adminGradesTheDeal() {
        signIn(As.ADMIN);
        page.navigate(url("/deals/microsoft-mistral-ai-partnership/sources"));
        page.getByLabel("Score (0.00–1.00)").fill("1.4");
        page.getByLabel("Rationale").fill("Checked again after the CMA decision.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save grade")).click();
        assertThat(page.locator(".grade-form .error")).containsText("A score is at most 1.00.");
        assertThat(page.getByLabel("Rationale")).hasValue("Checked again after the CMA decision.");

        page.getByLabel("Score (0.00–1.00)").fill("0.91");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save grade")).click();

        assertThat(page.locator(".notice")).containsText("The grade is saved");
        assertThat(page.locator(".grade-compare")).containsText("91 %");
        assertThat(page.locator("ol.history > li")).hasCount(3);
        assertThat(page.locator("ol.history > li").first()).containsText("Checked again after the CMA decision.");
        assertThat(page.locator("ol.history > li").first()).containsText("admin");
    }

    @Test
    void aSpanishAdminGradesWithADecimalComma() {
        signIn(As.ADMIN);
        page.navigate(url("/deals/microsoft-mistral-ai-partnership/sources?lang=es"));
        assertThat(page.getByLabel("Puntuación (0,00–1,00)")).hasValue("0,98");

        page.getByLabel("Puntuación (0,00–1,00)").fill("0,9,1");
        page.getByLabel("Justificación").fill("Revisada tras la decisión de la CMA.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar calificación")).click();
        assertThat(page.locator(".grade-form .error")).containsText("Indique una puntuación entre 0,00 y 1,00, como 0,94.");
        assertThat(page.getByLabel("Puntuación (0,00–1,00)")).hasValue("0,9,1");

        page.getByLabel("Puntuación (0,00–1,00)").fill("0,91");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar calificación")).click();

        assertThat(page.locator(".notice")).containsText("La calificación se ha guardado");
        assertThat(page.locator(".grade-compare")).containsText("91\u00a0%");
        assertThat(page.locator("ol.history > li").first()).containsText("Revisada tras la decisión de la CMA.");
    }

    @Test
    void unknownDealShowsTheNotFoundPage() {
        var response = page.navigate(url("/deals/not-a-deal"));

        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Not found");
    }

    private void signIn(As as) {
        page.navigate(url("/login"));
        page.getByLabel("User name").fill(as.name().toLowerCase());
        page.getByLabel("Password").fill(as.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator("header .who")).containsText(as.name().toLowerCase());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
