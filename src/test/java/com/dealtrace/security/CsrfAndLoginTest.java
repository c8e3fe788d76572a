package com.dealtrace.security;

import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@DealtraceTest
class CsrfAndLoginTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        var result = mvc.post().uri("/deals/new").param("title", "No token").with(As.EDITOR.user()).exchange();

        assertThat(result).hasStatus(403);
        assertThat(jdbc.sql("select count(*) from deal where title = 'No token'").query(Integer.class).single()).isZero();
    }

    @Test
    void everyFormCarriesItsCsrfToken() {
        for (String page : new String[] {"/deals/new", "/sources/new", "/parties/new", "/cases/new", "/login"}) {
            assertThat(mvc.get().uri(page).with(As.ADMIN.user()).exchange()).bodyText().as(page).contains("name=\"_csrf\"");
        }
    }

    @Test
    void demoUsersSignInWithTheirPasswordsWhichAreStoredHashed() {
        var result = mvc.post().uri("/login").param("username", "editor").param("password", As.EDITOR.password())
                .with(csrf()).exchange();

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/");
        assertThat(jdbc.sql("select password_hash from app_user where username = 'editor'").query(String.class).single())
                .startsWith("{bcrypt}").doesNotContain(As.EDITOR.password());
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        var wrongPassword = mvc.post().uri("/login").param("username", "editor").param("password", "nope")
                .with(csrf()).exchange();
        var unknownUser = mvc.post().uri("/login").param("username", "nobody").param("password", "nope")
                .with(csrf()).exchange();

        assertThat(wrongPassword).hasRedirectedUrl("/login?error");
        assertThat(unknownUser).hasRedirectedUrl("/login?error");
    }
}
