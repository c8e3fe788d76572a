package com.dealtrace.security;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.dealtrace.change.ChangeAction;
import com.dealtrace.change.ChangeEntity;
import com.dealtrace.change.Changes;
import com.dealtrace.change.FieldChange;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ways into a Dealtrace that nobody can administer: the first admin (from the bootstrap variables or the setup
 * page), a server-side password reset for a locked-out admin, and the change of a one-time password. Creating the
 * first admin takes a transaction-scoped advisory lock, so two instances starting together make one admin.
 */
@Service
@Transactional
public class FirstAdmin {

    private static final long LOCK_KEY = 0x6164_6d69_6eL;
    static final String USERNAME_PATTERN = "^[a-z0-9][a-z0-9._-]{2,39}$";
    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD_BYTES = 72;

    private final UserRepository users;
    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final Changes changeLog;
    private final JdbcClient jdbc;

    FirstAdmin(UserRepository users, UserAccounts accounts, PasswordEncoder encoder, Changes changeLog, JdbcClient jdbc) {
        this.users = users;
        this.accounts = accounts;
        this.encoder = encoder;
        this.changeLog = changeLog;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public boolean adminExists() {
        return users.existsByRole(Role.ADMIN);
    }

    /**
     * Creates the first admin unless an admin exists; returns whether it did. {@code oneTime}: the password came from
     * somewhere else (the environment) and must be changed at the first sign-in.
     */
    boolean createIfNoAdmin(String username, String displayName, String password, boolean oneTime) {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOCK_KEY).query().singleValue();
        if (users.existsByRole(Role.ADMIN)) {
            return false;
        }
        String name = username.trim().toLowerCase();
        String hash = encoder.encode(password);
        // a user of that name who is not an admin yet becomes the admin (the first admin on a database with users)
        AppUser admin = users.findByUsername(name)
                .orElseGet(() -> new AppUser(name, displayName.trim(), hash, Role.ADMIN));
        admin.change(admin.getDisplayName(), Role.ADMIN, true);
        if (oneTime) {
            admin.setOneTimePassword(hash);
        }
        else {
            admin.changePassword(hash);
        }
        admin = users.save(admin);
        users.flush();
        changeLog.record(ChangeEntity.USER, admin.getId(), null, ChangeAction.CREATED, "Made the first admin " + name,
                List.of(new FieldChange("Role", null, Role.ADMIN.name())));
        return true;
    }

    /** What {@link #resetAdminPassword} found. */
    public sealed interface Reset {
        /** The new one-time password, to print this once. */
        record Done(String username, String password) implements Reset {
        }

        record NotAdmin(String username) implements Reset {
        }

        record NoSuchUser(String username, List<String> admins) implements Reset {
        }
    }

    /**
     * Gives an admin a new one-time password, to be changed at the next sign-in, and ends every session of theirs.
     * Also enables the account, as a locked-out admin may have been disabled by mistake.
     */
    public Reset resetAdminPassword(String username) {
        String name = username == null ? "" : username.trim().toLowerCase();
        var user = users.findByUsername(name);
        if (user.isEmpty()) {
            return new Reset.NoSuchUser(name, users.findByRoleOrderByUsername(Role.ADMIN).stream()
                    .map(AppUser::getUsername).toList());
        }
        var admin = user.get();
        if (admin.getRole() != Role.ADMIN) {
            return new Reset.NotAdmin(name);
        }
        String password = UserAccounts.randomPassword();
        admin.setOneTimePassword(encoder.encode(password));
        if (!admin.isEnabled()) {
            admin.change(admin.getDisplayName(), Role.ADMIN, true);
        }
        users.flush();
        accounts.endSessions(name);
        changeLog.record(ChangeEntity.USER, admin.getId(), null, ChangeAction.UPDATED,
                "Reset the password of " + name + " from the server", List.of());
        return new Reset.Done(name, password);
    }

    /** Whether the user's password is this one. */
    @Transactional(readOnly = true)
    boolean passwordMatches(String username, String password) {
        return password != null && users.findByUsername(username)
                .map(user -> encoder.matches(password, user.getPasswordHash())).orElse(false);
    }

    /** Sets the user's own new password, and ends their other sessions (the one in {@code keepSessionId} stays). */
    void changeOwnPassword(String username, String password, String keepSessionId) {
        var user = users.findByUsername(username).orElseThrow();
        user.changePassword(encoder.encode(password));
        jdbc.sql("delete from spring_session where principal_name = :username and session_id <> :keep")
                .param("username", username).param("keep", keepSessionId == null ? "" : keepSessionId).update();
        changeLog.record(ChangeEntity.USER, user.getId(), null, ChangeAction.UPDATED,
                username + " changed their password", List.of());
    }

    /** Why a new password cannot be used, as a message key, or null when it can. */
    static String passwordProblem(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            return "validation.password.short";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return "validation.newUserForm.password.long";
        }
        return null;
    }
}
