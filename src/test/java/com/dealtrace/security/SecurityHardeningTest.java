package com.dealtrace.security;

import com.dealtrace.support.DealtraceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@DealtraceTest
@Transactional
class SecurityHardeningTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserAccounts accounts;

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        for (String page : new String[] {"/", "/deals/microsoft-mistral-ai-partnership/timeline", "/login", "/no-such-page"}) {
            var result = mvc.get().uri(page).exchange();
            assertThat(result.getResponse().getHeader("Content-Security-Policy")).as(page)
                    .contains("default-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(result).as(page).hasHeader("X-Content-Type-Options", "nosniff")
                    .hasHeader("Referrer-Policy", "strict-origin-when-cross-origin").hasHeader("X-Frame-Options", "DENY");
        }
    }

    @Test
    void afterFiveFailedSignInsAUserNameIsLockedWhetherOrNotItExists() {
        accounts.create("throttled", "Throttled", Role.ANALYST, "right-password-123");
        for (String name : new String[] {"throttled", "nobody-at-all"}) {
            for (int i = 0; i < LoginThrottle.FAILURES; i++) {
                assertThat(signIn(name, "wrong")).hasRedirectedUrl("/login?error");
            }
        }

        assertThat(signIn("throttled", "right-password-123")).hasRedirectedUrl("/login?locked");
        assertThat(signIn("nobody-at-all", "anything")).hasRedirectedUrl("/login?locked");
        assertThat(mvc.get().uri("/login?locked").exchange()).bodyText().contains("Too many failed sign-ins");
    }

    @Test
    void twentyFailedSignInsFromOneClientLockThatClientWhateverTheNamesAndAForwardedAddressIsNotBelieved() {
        for (int i = 0; i < LoginThrottle.CLIENT_FAILURES; i++) {
            assertThat(signIn("name-" + i, "wrong", "198.51.100.10")).hasRedirectedUrl("/login?error");
        }

        assertThat(signIn("analyst", "analyst-password", "198.51.100.10")).hasRedirectedUrl("/login?locked");
        assertThat(signIn("name-x", "wrong", "198.51.100.11")).hasRedirectedUrl("/login?error");
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult signIn(String username, String password, String client) {
        return mvc.post().uri("/login").param("username", username).param("password", password).with(csrf())
                .header("X-Forwarded-For", "198.51.100.11")
                .with(request -> {
                    request.setRemoteAddr(client);
                    return request;
                }).exchange();
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult signIn(String username, String password) {
        return mvc.post().uri("/login").param("username", username).param("password", password).with(csrf()).exchange();
    }
}
