package com.dealtrace.follow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import com.dealtrace.change.ChangeEntity;
import com.dealtrace.security.Audience;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's inbox: the changes to what they follow since they last looked (one statement however many), marked
 * read all at once or one by one; their digest settings; and the secret address of their private Atom feed.
 */
@Service
@Transactional
public class Inbox {

    /** The most items a page, a digest or the feed shows; the rest are counted. */
    static final int SHOWN = 200;
    static final int FEED_ENTRIES = 50;
    static final String FEED_PREFIX = "di_";
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final InboxQueries queries;
    private final JdbcClient jdbc;

    Inbox(InboxQueries queries, JdbcClient jdbc) {
        this.queries = queries;
        this.jdbc = jdbc;
    }

    /** One change told, with the address of its entry. */
    public record Item(long changeId, ChangeEntity entity, com.dealtrace.change.ChangeAction action, String summary,
            String changedBy, java.time.OffsetDateTime changedAt, String href, boolean read) {
    }

    /** The changes of one deal, newest first. */
    public record DealGroup(String slug, String title, List<Item> items) {
    }

    /** The inbox page: unread changes grouped by deal, how many in all, and the newest shown (for "mark all read"). */
    public record InboxView(List<DealGroup> deals, int total, long newest, Settings settings) {

        public boolean isEmpty() {
            return deals.isEmpty();
        }

        public int shown() {
            return deals.stream().mapToInt(d -> d.items().size()).sum();
        }
    }

    /** How the user is told: an email address, a digest choice, and whether a private feed exists. */
    public record Settings(String email, Digest digest, boolean feed) {
        static final Settings NONE = new Settings(null, Digest.OFF, false);
    }

    public enum Digest {
        OFF, DAILY, IMMEDIATE
    }

    @Transactional(readOnly = true)
    public InboxView view(String username, Audience audience) {
        var rows = queries.rows(username, audience, 0, true, SHOWN);
        return new InboxView(group(rows), rows.isEmpty() ? 0 : rows.get(0).total(),
                rows.stream().mapToLong(InboxQueries.Row::changeId).max().orElse(0), settings(username));
    }

    @Transactional(readOnly = true)
    public int unread(String username, Audience audience) {
        return queries.unread(username, audience);
    }

    /** Marks read every change up to {@code upTo} (the newest the page showed), and no later one. */
    public void markAllRead(String username, long upTo) {
        jdbc.sql("""
                        insert into inbox_state (user_id, read_up_to)
                        select id, least(:upTo, (select coalesce(max(id), 0) from change_log)) from app_user where username = :username
                        on conflict (user_id) do update set read_up_to = greatest(inbox_state.read_up_to, excluded.read_up_to)""")
                .param("upTo", upTo).param("username", username).update();
        jdbc.sql("""
                        delete from inbox_read r using app_user u, inbox_state s
                        where u.username = :username and r.user_id = u.id and s.user_id = u.id and r.change_id <= s.read_up_to""")
                .param("username", username).update();
    }

    public void markRead(String username, long changeId) {
        jdbc.sql("""
                        insert into inbox_read (user_id, change_id)
                        select u.id, c.id from app_user u, change_log c where u.username = :username and c.id = :change
                        on conflict do nothing""")
                .param("username", username).param("change", changeId).update();
    }

    @Transactional(readOnly = true)
    public Settings settings(String username) {
        return jdbc.sql("""
                        select s.email, s.digest, s.feed_token_hash is not null as feed
                        from inbox_state s join app_user u on u.id = s.user_id where u.username = :username""")
                .param("username", username)
                .query((rs, row) -> new Settings(rs.getString("email"), Digest.valueOf(rs.getString("digest")),
                        rs.getBoolean("feed")))
                .optional().orElse(Settings.NONE);
    }

    /**
     * Saves how the user is told. Choosing a digest starts it at the newest change, so the first email holds what
     * moves from now on, not the backlog.
     */
    public void saveSettings(String username, DigestForm form, String language) {
        String email = form.email() == null || form.email().isBlank() ? null : form.email().strip();
        jdbc.sql("""
                        insert into inbox_state (user_id, email, digest, language, emailed_up_to)
                        select id, :email, :digest, :language, (select coalesce(max(id), 0) from change_log)
                        from app_user where username = :username
                        on conflict (user_id) do update set email = excluded.email, digest = excluded.digest,
                            language = excluded.language,
                            emailed_up_to = case when inbox_state.digest = 'OFF' then excluded.emailed_up_to
                                                 else inbox_state.emailed_up_to end,
                            version = inbox_state.version + 1""")
                .param("email", email).param("digest", form.digest().name())
                .param("language", "es".equals(language) ? "es" : "en").param("username", username).update();
    }

    /** Makes a new secret feed address (the old one stops working) and returns its token, to be shown this once. */
    public String newFeed(String username) {
        var token = new StringBuilder(FEED_PREFIX);
        for (int i = 0; i < 32; i++) {
            token.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        jdbc.sql("""
                        insert into inbox_state (user_id, feed_token_hash) select id, :hash from app_user where username = :username
                        on conflict (user_id) do update set feed_token_hash = excluded.feed_token_hash""")
                .param("hash", hash(token.toString())).param("username", username).update();
        return token.toString();
    }

    public void revokeFeed(String username) {
        jdbc.sql("update inbox_state s set feed_token_hash = null from app_user u where u.id = s.user_id and u.username = :username")
                .param("username", username).update();
    }

    /** Who the private feed with this token belongs to, and what they may read; empty for an unknown or revoked token. */
    record Reader(String username, Audience audience, String language) {
    }

    @Transactional(readOnly = true)
    Optional<Reader> feedReader(String token) {
        if (token == null || !token.startsWith(FEED_PREFIX) || token.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select u.username, u.role, s.language from inbox_state s join app_user u on u.id = s.user_id
                        where s.feed_token_hash = :hash and u.enabled""")
                .param("hash", hash(token))
                .query((rs, row) -> new Reader(rs.getString("username"), audience(rs.getString("role")),
                        rs.getString("language")))
                .optional();
    }

    /** The newest changes to what the feed's owner follows, read or not. */
    @Transactional(readOnly = true)
    List<DealGroup> feed(Reader reader) {
        return group(queries.rows(reader.username(), reader.audience(), 0, false, FEED_ENTRIES));
    }

    /** A digest to send: whom, where, in which language, the changes after their last email, and the newest. */
    record Digested(String username, String email, String language, long emailedUpTo, List<DealGroup> deals,
            int total, long newest) {
    }

    /** The digests due for users who chose this kind, each with the changes after their last one. */
    @Transactional(readOnly = true)
    List<Digested> due(Digest digest) {
        record Due(String username, String role, String email, String language, long emailedUpTo) {
        }
        var users = jdbc.sql("""
                        select u.username, u.role, s.email, s.language, s.emailed_up_to
                        from inbox_state s join app_user u on u.id = s.user_id
                        where s.digest = :digest and s.email is not null and u.enabled
                        order by u.id""")
                .param("digest", digest.name())
                .query((rs, row) -> new Due(rs.getString("username"), rs.getString("role"), rs.getString("email"),
                        rs.getString("language"), rs.getLong("emailed_up_to")))
                .list();
        List<Digested> due = new ArrayList<>();
        for (Due user : users) {
            var rows = queries.rows(user.username(), audience(user.role()), user.emailedUpTo(), false, SHOWN);
            if (!rows.isEmpty()) {
                due.add(new Digested(user.username(), user.email(), user.language(), user.emailedUpTo(), group(rows),
                        rows.get(0).total(), rows.stream().mapToLong(InboxQueries.Row::changeId).max().orElse(0)));
            }
        }
        return due;
    }

    /**
     * Claims a digest for sending: moves the user's mark from what it was to the newest change in it, unless another
     * instance already did.
     */
    boolean claim(Digested digest) {
        return jdbc.sql("""
                        update inbox_state s set emailed_up_to = :newest from app_user u
                        where u.id = s.user_id and u.username = :username and s.emailed_up_to = :was""")
                .param("newest", digest.newest()).param("username", digest.username()).param("was", digest.emailedUpTo())
                .update() == 1;
    }

    /** Puts the mark back after a digest could not be sent, so the next run tries again. */
    void unclaim(Digested digest) {
        jdbc.sql("""
                        update inbox_state s set emailed_up_to = :was from app_user u
                        where u.id = s.user_id and u.username = :username and s.emailed_up_to = :newest""")
                .param("newest", digest.newest()).param("username", digest.username()).param("was", digest.emailedUpTo())
                .update();
    }

    static Audience audience(String role) {
        return "ANALYST".equals(role) ? Audience.MEMBER : Audience.EDITOR;
    }

    private static List<DealGroup> group(List<InboxQueries.Row> rows) {
        var groups = new LinkedHashMap<String, DealGroup>();
        for (var row : rows) {
            groups.computeIfAbsent(row.dealSlug(), slug -> new DealGroup(slug, row.dealTitle(), new ArrayList<>()))
                    .items().add(new Item(row.changeId(), row.entity(), row.action(), row.summary(), row.changedBy(),
                            row.changedAt(), href(row), row.read()));
        }
        return List.copyOf(groups.values());
    }

    /** Where a change's entry is: the event on the timeline, the case, the grade on the sources page, the deal. */
    static String href(InboxQueries.Row row) {
        String deal = "/deals/" + row.dealSlug();
        return switch (row.entity()) {
            case EVENT -> deal + "/timeline#event-" + row.entityId();
            case CITATION -> deal + "/timeline";
            case CASE -> row.caseSlug() == null ? deal : "/cases/" + row.caseSlug();
            case ASSESSMENT -> deal + "/sources";
            default -> deal;
        };
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
