package com.dealtrace.browser;

import java.util.UUID;

import com.dealtrace.security.Role;
import com.dealtrace.security.UserAccounts;
import com.dealtrace.support.Chromium;
import com.dealtrace.support.RowsAdded;
import com.dealtrace.support.TestDatabaseConfiguration;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The admin's account journey in Chromium: disabling an account in the users page locks its holder out at once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dealtrace.page-cache.enabled=false")
@ActiveProfiles("demo")
@Import(TestDatabaseConfiguration.class)
@ExtendWith(RowsAdded.EachTest.class)
class AccountsBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Test
    void adminUnticksActiveAndTheUserIsSignedOutAndCannotSignInAgain() {
        String name = "e" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        long id = accounts.create(name, "Erin Editor", Role.EDITOR, password).id();
        try (BrowserContext editorContext = context(); BrowserContext adminContext = context()) {
            Page editor = editorContext.newPage();
            signIn(editor, name, password);
            editor.navigate(url("/deals/new"));
            assertThat(editor.locator("h1")).isVisible();

            Page admin = adminContext.newPage();
            signIn(admin, "admin", "admin-password");
            admin.navigate(url("/admin/users"));
            var row = admin.locator("form[action='/admin/users/" + id + "']");
            row.getByLabel("Active").uncheck();
            row.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Save")).click();
            assertThat(admin.locator(".notice")).containsText(name);
            assertThat(admin.locator("tr.disabled")).containsText(name);

            editor.navigate(url("/deals/new"));
            assertThat(editor.locator("h1")).hasText("Sign in");
            editor.getByLabel("User name").fill(name);
            editor.getByLabel("Password").fill(password);
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            assertThat(editor.locator(".error-alert")).containsText("do not match an active account");
        }
    }

    private BrowserContext context() {
        return chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    }

    private void signIn(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.getByLabel("User name").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator("header .who")).containsText(username);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
