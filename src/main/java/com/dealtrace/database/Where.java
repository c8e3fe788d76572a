package com.dealtrace.database;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The where clause of a dynamic query and the parameters its conditions name: conditions are joined with
 * {@code and}, each in parentheses, so that no condition can glue onto the next or change its neighbour's meaning.
 * A condition given a value is added only when the value is present (not null, not blank); enums bind by name and
 * text is trimmed. Values are always bound as parameters, never written into the SQL.
 *
 * <pre>{@code
 * var where = Where.of(audience.deals("d"))
 *         .and("d.type = :type", "type", filter.type())
 *         .and("d.region ilike :region", "region", Rows.likeContaining(filter.region()));
 * jdbc.sql("select … from deal d " + where + " order by …").params(where.params())
 * }</pre>
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    private Where() {
    }

    /** A where clause with these conditions, always applied (an audience's visibility rule, say). */
    public static Where of(String... conditions) {
        var where = new Where();
        for (String condition : conditions) {
            where.and(condition);
        }
        return where;
    }

    /** Adds a condition that always applies. */
    public Where and(String condition) {
        if (condition == null || condition.isBlank()) {
            throw new IllegalArgumentException("an empty condition");
        }
        conditions.add("(" + condition.strip() + ")");
        return this;
    }

    /** Adds the condition and binds {@code name} when the value is present; otherwise leaves both out. */
    public Where and(String condition, String name, Object value) {
        Object bound = bindable(value);
        if (bound != null) {
            and(condition);
            bind(name, bound);
        }
        return this;
    }

    /**
     * Adds the condition and binds the names and values given in pairs when {@code applies}; for a condition that
     * names more than one parameter.
     */
    public Where andIf(boolean applies, String condition, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        if (applies) {
            and(condition);
            for (int i = 0; i < namesAndValues.length; i += 2) {
                bind((String) namesAndValues[i], bindable(namesAndValues[i + 1]));
            }
        }
        return this;
    }

    /** Binds a parameter that the rest of the statement names (a limit, a language). */
    public Where bind(String name, Object value) {
        if (params.containsKey(name) && !java.util.Objects.equals(params.get(name), value)) {
            throw new IllegalArgumentException("parameter :" + name + " bound twice with different values");
        }
        params.put(name, value instanceof Enum<?> e ? e.name() : value);
        return this;
    }

    /** The parameters the conditions (and {@link #bind} calls) name, for {@code JdbcClient.params}. */
    public Map<String, Object> params() {
        return Collections.unmodifiableMap(params);
    }

    public boolean isEmpty() {
        return conditions.isEmpty();
    }

    /** {@code " where (a) and (b) "}, or a single space when there is no condition; safe to put between clauses. */
    @Override
    public String toString() {
        return conditions.isEmpty() ? " " : " where " + String.join(" and ", conditions) + " ";
    }

    private static Object bindable(Object value) {
        if (value instanceof String text) {
            return text.isBlank() ? null : text.strip();
        }
        return value instanceof Enum<?> e ? e.name() : value;
    }
}
