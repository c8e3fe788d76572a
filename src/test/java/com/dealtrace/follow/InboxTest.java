package com.dealtrace.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

/** Following deals, parties and searches, and the inbox, its count and the private feed that tell what moved. */
@DealtraceTest
@Transactional
class InboxTest {

    static final String DEAL = "microsoft-mistral-ai-partnership";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFollowedDealsLaterEditsByOthersAreInTheInboxLinkingToTheirEntries() throws Exception {
        follow(As.ANALYST, "/account/following/deals/" + DEAL);
        long event = firstEvent();
        long change = change("EVENT", event, "Event 'Series B' updated", "editor");

        String inbox = page(As.ANALYST, "/account/inbox");

        assertThat(inbox).contains("Microsoft and Mistral AI", "Event &#39;Series B&#39; updated")
                .contains("href=\"/deals/" + DEAL + "/timeline#event-" + event + "\"")
                .contains("data-inbox>1<")
                .contains("action=\"/account/inbox/" + change + "/read\"");
    }

    @Test
    void changesBeforeTheFollowAndTheUsersOwnAreNotTold() throws Exception {
        change("DEAL", dealId(), "Deal updated before the follow", "editor");
        follow(As.ANALYST, "/account/following/deals/" + DEAL);
        change("DEAL", dealId(), "Deal updated by the analyst", "analyst");

        assertThat(page(As.ANALYST, "/account/inbox")).contains("data-inbox>0<")
                .doesNotContain("before the follow", "by the analyst");
    }

    @Test
    void markingAllReadKeepsLaterChangesUnreadAndOneCanBeMarkedReadAlone() throws Exception {
        follow(As.ANALYST, "/account/following/deals/" + DEAL);
        long first = change("DEAL", dealId(), "First change", "editor");
        long second = change("DEAL", dealId(), "Second change", "editor");
        post(As.ANALYST, "/account/inbox/" + second + "/read", "x", "");
        assertThat(page(As.ANALYST, "/account/inbox")).contains("First change").doesNotContain("Second change");

        post(As.ANALYST, "/account/inbox/read", "upTo", String.valueOf(first));
        long third = change("DEAL", dealId(), "Third change", "editor");

        assertThat(page(As.ANALYST, "/account/inbox")).contains("Third change", "data-inbox>1<")
                .doesNotContain("First change");
        assertThat(third).isGreaterThan(second);
    }

    @Test
    void aFollowedRegulatorTellsOfTheDealsOfItsCases() throws Exception {
        follow(As.ANALYST, "/account/following/parties/uk-cma");
        change("CASE", caseId(), "Case 'CMA merger inquiry' updated", "editor");

        assertThat(page(As.ANALYST, "/account/inbox")).contains("CMA merger inquiry").contains("href=\"/cases/");
        assertThat(page(As.ANALYST, "/account/following")).contains("Regulator").contains("href=\"/parties/uk-cma\"");
    }

    @Test
    void aSavedSearchTellsOfChangesToTheDealsItFindsOnly() throws Exception {
        post(As.ANALYST, "/account/following/searches", "kind", "DEALS", "name", "Mistral partnerships", "q", "mistral",
                "type", "PARTNERSHIP");
        change("DEAL", dealId(), "A matching deal changed", "editor");
        post(As.ANALYST, "/account/following/searches", "kind", "SEARCH", "name", "Nothing", "q", "zzyzx");

        assertThat(page(As.ANALYST, "/account/inbox")).contains("A matching deal changed", "data-inbox>1<");
        assertThat(page(As.ANALYST, "/account/following")).contains("Mistral partnerships")
                .contains("href=\"/deals?q=mistral&amp;type=PARTNERSHIP\"").contains("href=\"/search?q=zzyzx\"");
    }

    @Test
    void aSavedSearchWithoutANameComesBackWithTheErrorBesideItAndNothingSaved() throws Exception {
        var result = mvc.post().uri("/account/following/searches").with(csrf()).with(As.ANALYST.user())
                .param("kind", "DEALS").param("name", " ").param("q", "mistral").exchange();

        assertThat(result).hasStatus(422);
        assertThat(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("value=\"mistral\"");
        assertThat(jdbc.sql("select count(*) from follow").query(Integer.class).single()).isZero();
    }

    @Test
    void followsArePrivateToTheirUser() throws Exception {
        follow(As.EDITOR, "/account/following/deals/" + DEAL);
        long editors = jdbc.sql("select id from follow").query(Long.class).single();

        assertThat(page(As.ANALYST, "/account/following")).doesNotContain("href=\"/deals/" + DEAL + "\"");
        assertThat(mvc.post().uri("/account/following/" + editors + "/delete").with(csrf()).with(As.ANALYST.user())
                .exchange()).hasStatus(404);
        assertThat(jdbc.sql("select count(*) from follow").query(Integer.class).single()).isOne();
        assertThat(mvc.get().uri("/account/following").exchange()).hasStatus3xxRedirection();
    }

    @Test
    void aDealBackInDraftReachesOnlyEditorsInTheInboxAndTheFeed() throws Exception {
        follow(As.ANALYST, "/account/following/deals/" + DEAL);
        follow(As.EDITOR, "/account/following/deals/" + DEAL);
        String feed = feedOf(As.ANALYST);
        change("DEAL", dealId(), "Drafted change", "admin");
        jdbc.sql("update deal set state = 'DRAFT' where slug = :slug").param("slug", DEAL).update();

        assertThat(page(As.ANALYST, "/account/inbox")).doesNotContain("Drafted change").contains("data-inbox>0<");
        assertThat(page(As.EDITOR, "/account/inbox")).contains("Drafted change");
        assertThat(atom(feed)).doesNotContain("Drafted change");
    }

    @Test
    void thePrivateFeedCarriesTheChangesUntilItIsRevoked() throws Exception {
        follow(As.ANALYST, "/account/following/deals/" + DEAL);
        change("EVENT", firstEvent(), "Event for the feed", "editor");
        String feed = feedOf(As.ANALYST);

        assertThat(atom(feed)).contains("<entry>", "Event for the feed", "/timeline#event-");
        jdbc.sql("update app_user set enabled = false where username = 'analyst'").update();
        assertThat(mvc.get().uri(feed).exchange()).as("a disabled user's feed").hasStatus(404);
        jdbc.sql("update app_user set enabled = true where username = 'analyst'").update();
        assertThat(atom(feed)).contains("Event for the feed");
        post(As.ANALYST, "/account/inbox/feed/revoke", "x", "");
        assertThat(mvc.get().uri(feed).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/feeds/inbox/di_guessed.atom").exchange()).hasStatus(404);
    }

    @Test
    void aDigestNeedsAnAddressAndABadAddressIsRefusedBesideItsField() throws Exception {
        var result = mvc.post().uri("/account/inbox/settings").with(csrf()).with(As.ANALYST.user())
                .param("email", "not an address").param("digest", "DAILY").exchange();

        assertThat(result).hasStatus(422);
        assertThat(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("value=\"not an address\"")
                .contains("Give an email address such as");
        assertThat(mvc.post().uri("/account/inbox/settings").with(csrf()).with(As.ANALYST.user())
                .param("email", "").param("digest", "IMMEDIATE").exchange()).hasStatus(422);
    }

    @Test
    void noEmailIsSentWithoutAnSmtpHost(@Autowired DigestMailer mailer,
            @Autowired org.springframework.beans.factory.ObjectProvider<org.springframework.mail.javamail.JavaMailSender> senders)
            throws Exception {
        follow(As.ANALYST, "/account/following/deals/" + DEAL);
        post(As.ANALYST, "/account/inbox/settings", "email", "analyst@example.org", "digest", "IMMEDIATE");
        change("DEAL", dealId(), "Unsent change", "editor");

        assertThat(senders.getIfAvailable()).isNull();
        assertThat(mailer.send(Inbox.Digest.IMMEDIATE)).isZero();
    }

    private String feedOf(As who) throws Exception {
        var result = mvc.post().uri("/account/inbox/feed").with(csrf()).with(who.user()).exchange();
        assertThat(result).hasStatusOk();
        var matcher = java.util.regex.Pattern.compile("(/feeds/inbox/di_[A-Za-z0-9]+\\.atom)")
                .matcher(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private String atom(String feed) throws Exception {
        var result = mvc.get().uri(feed).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private void follow(As who, String url) throws Exception {
        assertThat(mvc.post().uri(url).with(csrf()).with(who.user()).exchange()).hasStatus3xxRedirection();
    }

    private MvcTestResult post(As who, String url, String... fields) {
        var request = mvc.post().uri(url).with(csrf()).with(who.user());
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        var result = request.exchange();
        assertThat(result).hasStatus3xxRedirection();
        return result;
    }

    private String page(As who, String url) throws Exception {
        var result = mvc.get().uri(url).with(who.user()).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private long change(String entity, long entityId, String summary, String by) {
        return jdbc.sql("""
                        insert into change_log (entity, entity_id, deal_id, action, summary, changed_by)
                        values (:entity, :entityId, :deal, 'UPDATED', :summary, :by) returning id""")
                .param("entity", entity).param("entityId", entityId).param("deal", dealId()).param("summary", summary)
                .param("by", by).query(Long.class).single();
    }

    private long dealId() {
        return jdbc.sql("select id from deal where slug = :slug").param("slug", DEAL).query(Long.class).single();
    }

    private long firstEvent() {
        return jdbc.sql("select min(id) from event where deal_id = :deal").param("deal", dealId()).query(Long.class).single();
    }

    private long caseId() {
        return jdbc.sql("select min(id) from regulatory_case where deal_id = :deal").param("deal", dealId())
                .query(Long.class).single();
    }
}
