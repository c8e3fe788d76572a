package com.dealtrace.badinput;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.dealtrace.support.As;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor form under attack: where it posts, as whom, the valid input it starts from, and its fields with the
 * bad values each gets. {@link #check} posts the valid input with one field replaced and holds the answer to the
 * rules: never a server error; refused with a 422, the form shown again with an error beside that field and no row
 * added; or saved with the text stored as sent (trimmed, as the forms document) and escaped where it is shown.
 */
record Form(String endpoint, As as, String url, String table, Supplier<Map<String, String>> valid, List<Field> fields) {

    /**
     * One field: its bad values, the column it is stored in (null where it is not stored as sent), and its size
     * limit in characters (0 where the field is not free text).
     */
    record Field(String name, Arbitrary<String> values, String column, int max) {
    }

    record Attack(Field field, String value) {

        @Override
        public String toString() {
            String shown = value.length() > 80 ? value.substring(0, 80) + "… (" + value.length() + " chars)" : value;
            return field.name() + "=" + shown.codePoints().mapToObj(c -> Character.isISOControl(c)
                    ? String.format("\\u%04X", c) : Character.toString(c)).reduce("", String::concat);
        }
    }

    static Field text(String name, String column, int max) {
        return new Field(name, Arbitraries.oneOf(BadInput.text(), BadInput.atTheLimit(max)), column, max);
    }

    static Field url(String name, String column, int max) {
        return new Field(name, Arbitraries.oneOf(BadInput.urls(), BadInput.atTheLimit(max)), column, max);
    }

    static Field other(String name, Arbitrary<String> values) {
        return new Field(name, values, null, 0);
    }

    Arbitrary<Attack> attacks() {
        return Arbitraries.of(fields).flatMap(field -> field.values().map(value -> new Attack(field, value)));
    }

    Long check(Attack attack) {
        return check(attack, "form");
    }

    /** Posts the attack; returns the id of the row it added, or null when the form was refused. */
    Long check(Attack attack, String model) {
        var app = BadInputApp.get();
        BadInputApp.tried(endpoint);
        int rowsBefore = app.count(table);
        long newestBefore = newest(app);
        Map<String, String> input = new LinkedHashMap<>(valid.get());
        input.put(attack.field().name(), attack.value());

        MvcResult result = app.post(as, url, input);

        BadInputApp.noServerError(result);
        String body = BadInputApp.body(result);
        noRawMarkup(body, attack.value());
        clearMessages(body);
        int status = result.getResponse().getStatus();
        if (status == 422) {
            assertThat(BadInputApp.errors(result, model).hasFieldErrors(attack.field().name()))
                    .as("an error beside %s; errors: %s", attack.field().name(),
                            BadInputApp.errors(result, model).getAllErrors())
                    .isTrue();
            assertThat(app.count(table)).as("nothing stored when the form is refused").isEqualTo(rowsBefore);
            return null;
        }
        assertThat(status).as("a refused form answers 422, a saved one redirects (or shows a secret once)")
                .isIn(200, 302);
        if (attack.field().max() > 0) {
            assertThat(BadInput.hasControl(attack.value())).as("saved with control characters").isFalse();
            assertThat(attack.value().length()).as("saved over the size limit").isLessThanOrEqualTo(attack.field().max());
        }
        Long id = app.jdbc.sql("select max(id) from " + table).query(Long.class).optional().orElse(null);
        assertThat(id).as("a row added").isNotNull().isGreaterThan(newestBefore);
        if (attack.field().column() != null) {
            String stored = app.jdbc.sql("select " + attack.field().column() + " from " + table + " where id = :id")
                    .param("id", id).query(String.class).optional().orElse(null);
            assertThat(stored == null ? "" : stored).as("stored as sent").isEqualTo(stored(attack.value()));
        }
        String location = result.getResponse().getRedirectedUrl();
        var page = location == null ? result : app.get(as, location, Map.of());
        assertThat(page.getResponse().getStatus()).as("the saved thing's page " + location).isEqualTo(200);
        String shown = BadInputApp.body(page);
        noRawMarkup(shown, attack.value());
        if (List.of("title", "name").contains(attack.field().name())) {
            assertThat(shown).as("the saved %s shown escaped", attack.field().name())
                    .contains(BadInput.escaped(stored(attack.value())));
        }
        return id;
    }

    /** Posts the attack to an edit form of the row whose {@code keyColumn} is {@code key}. */
    void checkEdit(Attack attack, String keyColumn, String key) {
        var app = BadInputApp.get();
        BadInputApp.tried(endpoint);
        int rowsBefore = app.count(table);
        String column = attack.field().column() == null ? "version::text" : attack.field().column();
        String before = value(app, column, keyColumn, key);
        Map<String, String> input = new LinkedHashMap<>(valid.get());
        input.put(attack.field().name(), attack.value());

        MvcResult result = app.post(as, url, input);

        BadInputApp.noServerError(result);
        noRawMarkup(BadInputApp.body(result), attack.value());
        clearMessages(BadInputApp.body(result));
        assertThat(app.count(table)).as("an edit adds no row").isEqualTo(rowsBefore);
        int status = result.getResponse().getStatus();
        if (status == 422) {
            assertThat(BadInputApp.errors(result, "form").hasFieldErrors(attack.field().name()))
                    .as("an error beside %s; errors: %s", attack.field().name(),
                            BadInputApp.errors(result, "form").getAllErrors())
                    .isTrue();
            assertThat(value(app, column, keyColumn, key)).as("nothing stored when the form is refused").isEqualTo(before);
            return;
        }
        assertThat(status).as("a refused form answers 422, a saved one redirects").isBetween(300, 399);
        if (attack.field().max() > 0) {
            assertThat(BadInput.hasControl(attack.value())).as("saved with control characters").isFalse();
            assertThat(attack.value().length()).as("saved over the size limit").isLessThanOrEqualTo(attack.field().max());
        }
        if (attack.field().column() != null) {
            String stored = value(app, column, keyColumn, key);
            assertThat(stored == null ? "" : stored).as("stored as sent").isEqualTo(stored(attack.value()));
        }
        var page = app.get(as, result.getResponse().getRedirectedUrl(), Map.of());
        assertThat(page.getResponse().getStatus()).as("the saved thing's page").isEqualTo(200);
        noRawMarkup(BadInputApp.body(page), attack.value());
    }

    private String value(BadInputApp app, String column, String keyColumn, String key) {
        return app.jdbc.sql("select " + column + " from " + table + " where " + keyColumn + " = :key")
                .param("key", key).query(String.class).optional().orElse(null);
    }

    private long newest(BadInputApp app) {
        return app.jdbc.sql("select coalesce(max(id), 0) from " + table).query(Long.class).single();
    }

    /** What the forms store of a text: trimmed, and nothing at all when blank (see EditForm.text). */
    static String stored(String value) {
        return value.isBlank() ? "" : value.trim();
    }

    /** Errors are written for people: no conversion failures or Java type names. */
    static void clearMessages(String body) {
        assertThat(body).as("a clear message").doesNotContain("Failed to convert", "java.lang", "java.time",
                "java.math", "NumberFormatException", "com.dealtrace");
    }

    /** Markup the user typed never reaches a page as markup. */
    static void noRawMarkup(String body, String value) {
        String typed = value.strip();
        if (typed.matches("(?s).*<[a-zA-Z/!].*")) {
            assertThat(body).as("the page holds the user's markup unescaped").doesNotContain(typed);
        }
    }
}
