package com.dealtrace.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;

import com.dealtrace.support.As;
import com.dealtrace.support.RowsAdded;
import com.dealtrace.support.TestDatabaseConfiguration;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The email digests, sent through Spring's mail support to GreenMail, a real SMTP server in this JVM, and read back
 * from it: at once or daily as each user chose, only with what that user may read, and never twice.
 */
@SpringBootTest(properties = {"dealtrace.page-cache.enabled=false", "dealtrace.digest.immediate-every=1h",
        "dealtrace.public-url=https://dealtrace.example.org"})
@ActiveProfiles("demo")
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@ExtendWith(RowsAdded.EachTest.class)
class DigestTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DigestMailer mailer;

    @AfterEach
    void forgetFollowsAndMail() throws Exception {
        jdbc.sql("delete from follow").update();
        jdbc.sql("delete from inbox_state").update();
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void anImmediateDigestArrivesWithTheChangeAndItsLinkAndIsNotSentTwice() throws Exception {
        follows(As.ANALYST, "analyst@example.org", "IMMEDIATE");
        change("Event 'Series B' updated");

        assertThat(mailer.send(Inbox.Digest.IMMEDIATE)).isEqualTo(1);
        assertThat(mailer.send(Inbox.Digest.IMMEDIATE)).isZero();

        Message[] messages = SMTP.getReceivedMessages();
        assertThat(messages).hasSize(1);
        assertThat(messages[0].getAllRecipients()[0].toString()).isEqualTo("analyst@example.org");
        assertThat(messages[0].getSubject()).isEqualTo("Dealtrace: 1 changes in what you follow");
        assertThat((String) messages[0].getContent()).contains("Microsoft and Mistral AI", "Event 'Series B' updated",
                "https://dealtrace.example.org/deals/" + InboxTest.DEAL);
    }

    @Test
    void aDailyDigestWaitsForTheDailyRunAndIsInTheLanguageItWasChosenIn() throws Exception {
        var result = mvc.post().uri("/account/following/deals/" + InboxTest.DEAL).with(csrf()).with(As.EDITOR.user()).exchange();
        assertThat(result).hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/account/inbox/settings?lang=es").with(csrf()).with(As.EDITOR.user())
                .header("Accept-Language", "es").param("email", "editor@example.org").param("digest", "DAILY")
                .exchange()).hasStatus3xxRedirection();
        change("Deal updated");

        assertThat(mailer.send(Inbox.Digest.IMMEDIATE)).isZero();
        assertThat(mailer.send(Inbox.Digest.DAILY)).isEqualTo(1);

        assertThat(SMTP.getReceivedMessages()[0].getSubject()).isEqualTo("Dealtrace: 1 cambios en lo que sigue");
    }

    @Test
    void aDealBackInDraftIsEmailedToEditorsOnly() throws Exception {
        follows(As.ANALYST, "analyst@example.org", "IMMEDIATE");
        follows(As.EDITOR, "editor@example.org", "IMMEDIATE");
        change("Drafted change");
        jdbc.sql("update deal set state = 'DRAFT' where slug = :slug").param("slug", InboxTest.DEAL).update();
        try {
            assertThat(mailer.send(Inbox.Digest.IMMEDIATE)).isEqualTo(1);
        }
        finally {
            jdbc.sql("update deal set state = 'PUBLISHED' where slug = :slug").param("slug", InboxTest.DEAL).update();
        }

        Message[] messages = SMTP.getReceivedMessages();
        assertThat(messages).hasSize(1);
        assertThat(messages[0].getAllRecipients()[0].toString()).isEqualTo("editor@example.org");
        assertThat(new String(messages[0].getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("Drafted change");
    }

    private void follows(As who, String email, String digest) {
        assertThat(mvc.post().uri("/account/following/deals/" + InboxTest.DEAL).with(csrf()).with(who.user()).exchange())
                .hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/account/inbox/settings").with(csrf()).with(who.user()).param("email", email)
                .param("digest", digest).exchange()).hasStatus3xxRedirection();
    }

    private void change(String summary) {
        jdbc.sql("""
                        insert into change_log (entity, entity_id, deal_id, action, summary, changed_by)
                        select 'DEAL', d.id, d.id, 'UPDATED', :summary, 'admin' from deal d where d.slug = :slug""")
                .param("summary", summary).param("slug", InboxTest.DEAL).update();
    }
}
