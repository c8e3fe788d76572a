package com.dealtrace.support;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Starts Debian's Chromium through Playwright. Where Chromium is not installed the browser tests are skipped with a
 * message, except on CI ({@code CI=true}), where they must run.
 */
public final class BrowserSupport {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private BrowserSupport() {
    }

    public static void requireChromium() {
        ExternalTools.require(CHROMIUM, "Browser tests", "chromium");
    }

    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }
}
