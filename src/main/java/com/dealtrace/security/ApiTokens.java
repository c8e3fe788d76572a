package com.dealtrace.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.dealtrace.database.Rows;
import com.dealtrace.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. A token is shown once when it is created; Dealtrace keeps only its SHA-256 hash, which is
 * enough for a random 190-bit secret. Users create and revoke their own tokens; admins can revoke anyone's.
 */
@Service
@Transactional
public class ApiTokens {

    static final String PREFIX = "dt_";
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A token as its owner and admins see it: never the secret. */
    public record TokenRow(long id, String username, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
            OffsetDateTime revokedAt) {

        public boolean isActive() {
            return revokedAt == null;
        }
    }

    /** Whose token it is, for signing in an API request. */
    record Holder(String username, Role role) {
    }

    /** Creates a token for the user and returns its secret, to be shown this once. */
    public String create(String username, String name) {
        var token = new StringBuilder(PREFIX);
        for (int i = 0; i < 32; i++) {
            token.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        jdbc.sql("""
                        insert into api_token (user_id, name, token_hash)
                        select id, :name, :hash from app_user where username = :username""")
                .param("name", name.trim())
                .param("hash", hash(token.toString()))
                .param("username", username)
                .update();
        return token.toString();
    }

    @Transactional(readOnly = true)
    public List<TokenRow> of(String username) {
        return list("where u.username = :username", username);
    }

    @Transactional(readOnly = true)
    public List<TokenRow> all() {
        return list("where true", null);
    }

    /** Revokes a token; a user may revoke only their own unless they are an admin. */
    public void revoke(long id, Viewer viewer) {
        int changed = jdbc.sql("""
                        update api_token t set revoked_at = coalesce(t.revoked_at, now())
                        from app_user u
                        where u.id = t.user_id and t.id = :id and (u.username = :username or :admin)""")
                .param("id", id)
                .param("username", viewer.username())
                .param("admin", viewer.admin())
                .update();
        if (changed == 0) {
            throw new NotFoundException("Token", id);
        }
    }

    /** The active token's holder, if the secret is one, noting that it was used. */
    Optional<Holder> holder(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        update api_token t set last_used_at = now()
                        from app_user u
                        where u.id = t.user_id and t.token_hash = :hash and t.revoked_at is null and u.enabled
                        returning u.username, u.role""")
                .param("hash", hash(secret))
                .query((rs, row) -> new Holder(rs.getString("username"), Rows.enumOf(rs, "role", Role.class)))
                .optional();
    }

    private List<TokenRow> list(String where, String username) {
        var sql = jdbc.sql("""
                select t.id, u.username, t.name, t.created_at, t.last_used_at, t.revoked_at
                from api_token t join app_user u on u.id = t.user_id
                """ + where + " order by t.revoked_at nulls first, t.created_at desc");
        if (username != null) {
            sql = sql.param("username", username);
        }
        return sql.query((rs, row) -> new TokenRow(rs.getLong("id"), rs.getString("username"), rs.getString("name"),
                        Rows.timestamp(rs, "created_at"), Rows.timestamp(rs, "last_used_at"), Rows.timestamp(rs, "revoked_at")))
                .list();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JDK", ex);
        }
    }
}
