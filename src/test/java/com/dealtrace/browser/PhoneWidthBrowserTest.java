package com.dealtrace.browser;

import java.util.ArrayList;
import java.util.List;

import com.dealtrace.support.As;
import com.dealtrace.support.Chromium;
import com.dealtrace.support.EveryPage;
import com.dealtrace.support.TestDatabaseConfiguration;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page fits a phone: at 360 px no page of the demo data scrolls sideways, signed out and as admin, in English
 * and (for the read pages) in Spanish; and the header stays small — one line on a desktop when signed in, at most
 * 15 % of a phone's height, its menu working without script.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dealtrace.page-cache.enabled=false")
@ActiveProfiles("demo")
@Import(TestDatabaseConfiguration.class)
class PhoneWidthBrowserTest {

    private static final String DEAL = "/deals/microsoft-mistral-ai-partnership";

    /** The page's width beyond the viewport, and the widest element that sticks out (to say what to fix). */
    private static final String OVERFLOW = """
            () => {
              const width = window.innerWidth;
              let widest = null, right = width;
              for (const el of document.querySelectorAll('body *')) {
                const r = el.getBoundingClientRect();
                if (r.right > right + 0.5 && getComputedStyle(el).position !== 'absolute') {
                  let clipped = false;
                  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                    const o = getComputedStyle(p).overflowX;
                    if (o === 'auto' || o === 'hidden' || o === 'scroll') { clipped = true; break; }
                  }
                  if (!clipped) { right = r.right; widest = el; }
                }
              }
              const extra = document.documentElement.scrollWidth - width;
              if (extra <= 0) { return null; }
              const name = widest ? widest.tagName.toLowerCase() + (widest.className && widest.className.baseVal === undefined ? '.' + String(widest.className).split(' ').join('.') : '') : '?';
              return document.documentElement.scrollWidth + ' px wide (' + name + ' reaches ' + Math.round(right) + ')';
            }""";

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void noPageScrollsSidewaysAt360PxSignedOutOrAsAdmin() {
        EveryPage every = EveryPage.of(jdbc);
        List<String> tooWide = new ArrayList<>();
        int checked = 0;
        for (As role : List.of(As.ANONYMOUS, As.ADMIN)) {
            try (BrowserContext context = phone(360, "en-GB")) {
                Page page = context.newPage();
                signIn(page, role);
                for (String path : every.pagesFor(role)) {
                    page.navigate(url(path));
                    checked++;
                    Object overflow = page.evaluate(OVERFLOW);
                    if (overflow != null) {
                        tooWide.add(role + " " + path + ": " + overflow);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(tooWide).as("pages wider than a 360 px phone, of %d", checked).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"360, es-ES", "390, es-ES", "390, en-GB"})
    void theReadPagesFitAPhoneInBothLanguages(int width, String locale) {
        List<String> paths = List.of("/", "/deals", DEAL, DEAL + "/timeline", DEAL + "/sources", "/parties",
                "/parties/microsoft", "/parties/microsoft/network", "/cases", "/sources", "/search?q=mistral");
        List<String> tooWide = new ArrayList<>();
        for (As role : List.of(As.ANONYMOUS, As.ADMIN)) {
            try (BrowserContext context = phone(width, locale)) {
                Page page = context.newPage();
                signIn(page, role);
                for (String path : paths) {
                    page.navigate(url(path));
                    Object overflow = page.evaluate(OVERFLOW);
                    if (overflow != null) {
                        tooWide.add(role + " " + path + ": " + overflow);
                    }
                }
            }
        }
        assertThat(tooWide).as("pages wider than a %d px phone in %s", width, locale).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"en-GB", "es-ES"})
    void theHeaderTakesOneLineOnADesktopWhenSignedInAsAdmin(String locale) {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 768).setLocale(locale))) {
            Page page = context.newPage();
            signIn(page, As.ADMIN);
            page.navigate(url(DEAL));
            // one line: every link, button and field of the header sits on the same row
            @SuppressWarnings("unchecked")
            List<Number> tops = (List<Number>) page.evaluate("""
                    () => [...document.querySelectorAll('header.site a, header.site button, header.site input')]
                      .filter(el => el.checkVisibility())
                      .map(el => { const r = el.getBoundingClientRect(); return r.top + r.height / 2; })""");
            double min = tops.stream().mapToDouble(Number::doubleValue).min().orElseThrow();
            double max = tops.stream().mapToDouble(Number::doubleValue).max().orElseThrow();
            assertThat(max - min).as("spread of the header's controls' middles (px)").isLessThan(12);
            assertThat(height(page, "header.site")).isLessThanOrEqualTo(64);
        }
    }

    @ParameterizedTest
    @CsvSource({"en-GB", "es-ES"})
    void onAPhoneTheHeaderTakesAtMost15PercentOfTheHeightAndItsMenuOpensWithoutScript(String locale) {
        for (As role : List.of(As.ANONYMOUS, As.ADMIN)) {
            try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                    .setViewportSize(360, 800).setLocale(locale).setJavaScriptEnabled(role == As.ADMIN))) {
                Page page = context.newPage();
                signIn(page, role);
                page.navigate(url(DEAL));
                assertThat(height(page, "header.site")).as(role + " header height at 360×800").isLessThanOrEqualTo(120);

                // the menu is a <details>: a tap opens it, script or not, and every part of the site is one tap away
                page.locator("header.site details.menu > summary").click();
                assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                        .setName(locale.startsWith("es") ? "Partes" : "Parties").setExact(true))).isVisible();
                assertThat(page.locator("header.site .search input")).isVisible();
                Object overflow = page.evaluate(OVERFLOW);
                assertThat(overflow).as(role + " with the menu open").isNull();
            }
        }
    }

    @Test
    void theReadPagesAt360PxHaveNoAxeViolationWithTheMenusOpenOrClosed() throws Exception {
        String axe = axeSource();
        List<String> violations = new ArrayList<>();
        for (As role : List.of(As.ANONYMOUS, As.ADMIN)) {
            // the app's policy forbids inline script: bypassed so that axe can be injected
            try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                    .setViewportSize(360, 800).setBypassCSP(true))) {
                Page page = context.newPage();
                page.addInitScript(axe);
                signIn(page, role);
                for (String path : List.of("/", "/deals", DEAL, DEAL + "/timeline", DEAL + "/sources", "/parties",
                        "/parties/microsoft", "/cases", "/sources", "/search?q=mistral")) {
                    page.navigate(url(path));
                    violations.addAll(axe(page, role + " " + path));
                }
                page.locator("header.site details.menu > summary").click();
                if (role == As.ADMIN) {
                    page.locator("header.site details.user > summary").click();
                }
                violations.addAll(axe(page, role + " menus open"));
            }
        }
        assertThat(violations).as("axe-core violations at 360 px").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<String> axe(Page page, String what) {
        List<String> found = (List<String>) page.evaluate("""
                async () => {
                  const results = await axe.run(document, {
                    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},
                    resultTypes: ['violations']});
                  return results.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
                    + v.nodes.map(n => n.target.join(' ')).join(', '));
                }""");
        return found.stream().map(v -> what + ": " + v).toList();
    }

    /** axe.min.js from the axe-core webjar, whichever version the pom names. */
    private static String axeSource() throws java.io.IOException {
        ClassLoader loader = PhoneWidthBrowserTest.class.getClassLoader();
        java.util.Properties pom = new java.util.Properties();
        try (var in = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            pom.load(in);
        }
        try (var in = loader.getResourceAsStream("META-INF/resources/webjars/axe-core/" + pom.getProperty("version") + "/axe.min.js")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static double height(Page page, String selector) {
        return ((Number) page.evaluate("s => document.querySelector(s).getBoundingClientRect().height", selector)).doubleValue();
    }

    private BrowserContext phone(int width, String locale) {
        return chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(width, 800)
                .setLocale(locale));
    }

    private void signIn(Page page, As role) {
        if (role == As.ANONYMOUS) {
            return;
        }
        page.navigate(url("/login"));
        page.locator("#username").fill(role.name().toLowerCase());
        page.locator("#password").fill(role.password());
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("header.site .who")).containsText(role.name().toLowerCase());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
