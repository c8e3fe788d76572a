package com.dealtrace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import com.dealtrace.support.As;
import com.dealtrace.support.Chromium;
import com.dealtrace.support.RowsAdded;
import com.dealtrace.support.TestDatabaseConfiguration;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The analyst's loop in Chromium, page cache on as deployed: an analyst follows a deal and asks for email at once,
 * an editor adds an event to it in another browser, and the analyst's header count, inbox and mailbox (GreenMail,
 * a real SMTP server in this JVM) show it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dealtrace.page-cache.enabled=true", "dealtrace.digest.immediate-every=1s"})
@ActiveProfiles("demo")
@Import(TestDatabaseConfiguration.class)
class FollowBrowserTest {

    private static final String DEAL = "/deals/microsoft-mistral-ai-partnership";

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    BrowserContext analystBrowser;
    BrowserContext editorBrowser;
    RowsAdded added;

    @BeforeEach
    void openBrowsers() {
        added = new RowsAdded(jdbc);
        analystBrowser = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        editorBrowser = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    }

    @AfterEach
    void closeBrowsers() {
        analystBrowser.close();
        editorBrowser.close();
        jdbc.sql("delete from follow").update();
        jdbc.sql("delete from inbox_state").update();
        added.remove();
    }

    @Test
    void anAnalystFollowsADealAnEditorAddsAnEventAndTheInboxCountAndEmailShowIt() throws Exception {
        Page analyst = signIn(analystBrowser, As.ANALYST);
        analyst.navigate(url(DEAL));
        analyst.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Follow this deal")).click();
        assertThat(analyst.locator(".notice")).containsText("You follow this deal");
        analyst.navigate(url("/account/inbox"));
        analyst.getByLabel("Email address").fill("analyst@example.org");
        analyst.getByLabel("An email at once").check();
        analyst.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(analyst.locator(".notice")).containsText("Email settings saved");
        analyst.navigate(url("/deals"));
        assertThat(analyst.locator("[data-inbox]")).hasText("0");

        Page editor = signIn(editorBrowser, As.EDITOR);
        editor.navigate(url(DEAL + "/events/new"));
        editor.getByLabel("Date").fill("2024-06-10");
        editor.locator("#kind").selectOption("STATEMENT");
        editor.locator("#title").fill("Brussels asks about the partnership");
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save event")).click();
        assertThat(editor.locator(".notice")).containsText("The event is added to the timeline.");

        analyst.navigate(url("/deals"));
        assertThat(analyst.locator("[data-inbox]")).hasText("1");
        analyst.locator("header a.inbox").click();
        var item = analyst.locator(".inbox-items li", new Page.LocatorOptions().setHasText("Brussels asks about the partnership"));
        assertThat(item).containsText("Event");
        assertThat(analyst.locator(".inbox-deal h2")).containsText("Microsoft and Mistral AI");
        analyst.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/inbox.png")).setFullPage(true));
        item.getByRole(AriaRole.LINK).click();
        assertThat(analyst).hasURL(java.util.regex.Pattern.compile(".*/timeline#event-\\d+$"));
        assertThat(analyst.locator("ol.timeline")).containsText("Brussels asks about the partnership");

        org.assertj.core.api.Assertions.assertThat(SMTP.waitForIncomingEmail(15_000, 1)).isTrue();
        var message = SMTP.getReceivedMessages()[0];
        org.assertj.core.api.Assertions.assertThat(message.getAllRecipients()[0].toString()).isEqualTo("analyst@example.org");
        org.assertj.core.api.Assertions.assertThat((String) message.getContent())
                .contains("Brussels asks about the partnership", "/timeline#event-");

        analyst.navigate(url("/account/inbox"));
        analyst.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark all read")).click();
        assertThat(analyst.locator("[data-inbox]")).hasText("0");
        assertThat(analyst.locator(".empty")).containsText("Nothing new");
    }

    private Page signIn(BrowserContext browser, As as) {
        Page page = browser.newPage();
        page.navigate(url("/login"));
        page.getByLabel("User name").fill(as.name().toLowerCase());
        page.getByLabel("Password").fill(as.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator("header .who")).containsText(as.name().toLowerCase());
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
