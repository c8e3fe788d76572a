package com.dealtrace.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.dealtrace.support.As;
import com.dealtrace.support.Chromium;
import com.dealtrace.support.EveryPage;
import com.dealtrace.support.RowsAdded;
import com.dealtrace.support.TestDatabaseConfiguration;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the demo data passes axe-core's WCAG 2.1 A and AA rules in Chromium, signed out and as an admin (who
 * sees every control an analyst or editor sees, and more), forms sent back with errors and the conflict page included;
 * and the pages work from the keyboard alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dealtrace.page-cache.enabled=false")
@ActiveProfiles("demo")
@Import(TestDatabaseConfiguration.class)
class AccessibilityBrowserTest {

    private static final String TIMELINE = "/deals/microsoft-mistral-ai-partnership/timeline";

    /** Runs axe with the WCAG 2.1 A/AA rules and its best practices, and answers each violation as "rule (impact): help — targets". */
    private static final String RUN_AXE = """
            async () => {
              const results = await axe.run(document, {
                runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},
                resultTypes: ['violations']});
              return results.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
                + v.nodes.map(n => n.target.join(' ')).join(', '));
            }""";

    /** Fills the form that posts to the action as told and sends it without the browser's own checks. */
    private static final String SUBMIT = """
            ([action, values, stale]) => {
              const form = [...document.forms].find(f => f.getAttribute('action') === action);
              for (const [name, value] of Object.entries(values)) { form.elements[name].value = value; }
              if (stale) { form.elements['version'].value = String(Number(form.elements['version'].value) - 1); }
              setTimeout(() => form.submit(), 0);
            }""";

    @RegisterExtension
    static final Chromium chromium = new Chromium();
    static String axe;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void readAxe() throws IOException {
        axe = axeSource();
    }

    @Test
    void everyPageSignedOutAndAsAdminHasNoAxeViolation() {
        EveryPage every = EveryPage.of(jdbc);
        List<String> violations = new ArrayList<>();
        RowsAdded added = new RowsAdded(jdbc);
        int checked = 0;
        try {
            checked = checkAll(every, violations);
        }
        finally {
            added.remove();
        }

        assertThat(checked).isGreaterThan(100);
        assertThat(violations).as("axe-core violations of WCAG 2.1 A/AA and best practices in %d pages", checked).isEmpty();
    }

    /** Opens every page, signed out and as admin, and sends every form as admin: axe's findings in violations. */
    private int checkAll(EveryPage every, List<String> violations) {
        int checked = 0;
        for (As role : List.of(As.ANONYMOUS, As.ADMIN)) {
            // the app's policy forbids inline script: bypassed so that axe can be injected
            BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setBypassCSP(true).setViewportSize(1280, 900));
            Page page = context.newPage();
            page.addInitScript(axe);
            signIn(page, role);
            for (String path : every.pagesFor(role)) {
                page.navigate(url(path));
                checked++;
                violations.addAll(axe(page, role + " GET " + path));
            }
            // an admin may send every form, so the forms are sent once, as admin
            for (EveryPage.Submission submission : role == As.ADMIN ? every.submissions() : List.<EveryPage.Submission>of()) {
                page.navigate(url(submission.page()));
                page.waitForNavigation(() -> page.evaluate(SUBMIT,
                        List.of(submission.action(), submission.values(), submission.stale())));
                checked++;
                violations.addAll(axe(page, role + " " + submission.describe()));
            }
            context.close();
        }
        return checked;
    }

    @Test
    void theTimelineWorksFromTheKeyboardSkipLinkFirstFocusVisibleAndDrawnMarksFollowedWithEnter() {
        Page page = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
        page.navigate(url(TIMELINE));

        page.keyboard().press("Tab");
        assertThat(focused(page, "el.textContent.trim()")).isEqualTo("Skip to content");
        assertThat(focused(page, "String(el.getBoundingClientRect().left >= 0)")).isEqualTo("true");
        assertThat(focused(page, "getComputedStyle(el).outlineStyle")).isNotEqualTo("none");

        List<String> header = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            page.keyboard().press("Tab");
            header.add(focused(page, "el.textContent.trim()"));
        }
        assertThat(header).contains("Deals", "Parties", "Regulatory cases", "Sources", "Sign in");

        // the skip link moves the keyboard past the header, into the page's content
        page.navigate(url(TIMELINE));
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        page.keyboard().press("Tab");
        assertThat(focused(page, "String(el.closest('main') !== null)")).isEqualTo("true");

        String mark = null;
        for (int i = 0; i < 60 && mark == null; i++) {
            if ("true".equals(focused(page, "String(el.closest('svg.timeline-svg') !== null && el.getAttribute('href').startsWith('#event-'))"))) {
                mark = focused(page, "el.getAttribute('href')");
            }
            else {
                page.keyboard().press("Tab");
            }
        }
        assertThat(mark).as("a drawn event mark reached with Tab").isNotNull();
        assertThat(focused(page, "getComputedStyle(el).outlineStyle")).isNotEqualTo("none");

        page.keyboard().press("Enter");
        assertThat(page.url()).endsWith(mark);
        assertThat(page.locator(mark)).isInViewport();
        page.context().close();
    }

    @Test
    void anEditorSignsInWithTheKeyboardAlone() {
        Page page = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
        page.navigate(url("/"));

        for (int i = 0; i < 20 && !"Sign in".equals(focused(page, "el.textContent.trim()")); i++) {
            page.keyboard().press("Tab");
        }
        page.keyboard().press("Enter");
        page.waitForURL(url("/login"));
        // the user name field takes the focus itself; typing before it has would go nowhere
        assertThat(page.locator("#username")).isFocused();
        page.keyboard().type("editor");
        page.keyboard().press("Tab");
        page.keyboard().type(As.EDITOR.password());
        page.keyboard().press("Enter");

        assertThat(page.locator("header .who")).containsText("editor");
        page.context().close();
    }

    private static List<String> axe(Page page, String what) {
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) page.evaluate(RUN_AXE);
        return found.stream().map(v -> what + ": " + v).toList();
    }

    /** Evaluates the expression over the focused element ({@code el}). */
    private static String focused(Page page, String expression) {
        return String.valueOf(page.evaluate("() => { const el = document.activeElement; return " + expression + "; }"));
    }

    private void signIn(Page page, As role) {
        if (role == As.ANONYMOUS) {
            return;
        }
        page.navigate(url("/login"));
        page.getByLabel("User name").fill(role.name().toLowerCase());
        page.getByLabel("Password").fill(role.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator("header .who")).containsText(role.name().toLowerCase());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** axe.min.js from the axe-core webjar, whichever version the pom names. */
    private static String axeSource() throws IOException {
        ClassLoader loader = AccessibilityBrowserTest.class.getClassLoader();
        Properties pom = new Properties();
        try (InputStream in = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            pom.load(in);
        }
        try (InputStream in = loader.getResourceAsStream("META-INF/resources/webjars/axe-core/" + pom.getProperty("version") + "/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
