package com.dealtrace.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import com.dealtrace.change.ChangeAction;
import com.dealtrace.change.ChangeEntity;
import com.dealtrace.change.Changes;
import com.dealtrace.change.FieldChange;
import com.dealtrace.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and manages user accounts; passwords are stored only as hashes. */
@Service
@Transactional
public class UserAccounts {

    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final Changes changeLog;
    private final JdbcClient jdbc;

    UserAccounts(UserRepository users, PasswordEncoder encoder, Changes changeLog, JdbcClient jdbc) {
        this.users = users;
        this.encoder = encoder;
        this.changeLog = changeLog;
        this.jdbc = jdbc;
    }

    /** A user as the admin pages list it. */
    public record UserRow(long id, String username, String displayName, Role role, boolean enabled, int version) {
    }

    @Transactional(readOnly = true)
    public boolean hasUsers() {
        return users.count() > 0;
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.existsByUsername(normalise(username));
    }

    @Transactional(readOnly = true)
    public List<UserRow> list() {
        return users.findAllByOrderByUsername().stream().map(UserAccounts::row).toList();
    }

    @Transactional(readOnly = true)
    public UserRow get(long id) {
        return row(find(id));
    }

    public UserRow create(String username, String displayName, Role role, String password) {
        var user = users.save(new AppUser(normalise(username), displayName.trim(), encoder.encode(password), role));
        changeLog.record(ChangeEntity.USER, user.getId(), null, ChangeAction.CREATED, "Created user " + user.getUsername(),
                List.of(new FieldChange("Role", null, role.name())));
        return row(user);
    }

    public void change(long id, String displayName, Role role, boolean enabled) {
        var user = find(id);
        var changes = new ArrayList<FieldChange>();
        if (!user.getDisplayName().equals(displayName.trim())) {
            changes.add(new FieldChange("Name", user.getDisplayName(), displayName.trim()));
        }
        if (user.getRole() != role) {
            changes.add(new FieldChange("Role", user.getRole().name(), role.name()));
        }
        if (user.isEnabled() != enabled) {
            changes.add(new FieldChange("Enabled", String.valueOf(user.isEnabled()), String.valueOf(enabled)));
        }
        if (user.getRole() != role || user.isEnabled() != enabled) {
            // a session keeps the authorities it signed in with: end it, so the change holds from the next request on
            endSessions(user.getUsername());
        }
        user.change(displayName.trim(), role, enabled);
        changeLog.record(ChangeEntity.USER, id, null, ChangeAction.UPDATED, "Changed user " + user.getUsername(), changes);
    }

    /** Gives the user a new random one-time password and returns it, to be shown once. */
    public String resetPassword(long id) {
        var user = find(id);
        String password = randomPassword();
        // the admin hands it over, so it is good for one sign-in: the user then chooses their own
        user.setOneTimePassword(encoder.encode(password));
        endSessions(user.getUsername());
        revokeTokens(user.getUsername());
        changeLog.record(ChangeEntity.USER, id, null, ChangeAction.UPDATED, "Reset the password of " + user.getUsername(),
                List.of());
        return password;
    }

    /**
     * Ends every live session of the user, on every instance: sessions live in PostgreSQL (Spring Session JDBC),
     * indexed by the signed-in user's name. Returns how many were ended.
     */
    public int endSessions(String username) {
        return jdbc.sql("delete from spring_session where principal_name = :username")
                .param("username", normalise(username))
                .update();
    }

    /** Revokes the user's active API tokens: after a reset, the old credentials are no longer trusted. */
    private void revokeTokens(String username) {
        jdbc.sql("""
                        update api_token t set revoked_at = now()
                        from app_user u
                        where u.id = t.user_id and u.username = :username and t.revoked_at is null""")
                .param("username", username)
                .update();
    }

    public static String randomPassword() {
        var password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private AppUser find(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    private static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase();
    }

    private static UserRow row(AppUser user) {
        return new UserRow(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(), user.isEnabled(),
                user.getVersion());
    }
}
