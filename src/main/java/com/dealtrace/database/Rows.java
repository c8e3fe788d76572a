package com.dealtrace.database;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Reads the column types Dealtrace uses from a JDBC result set, nulls kept as nulls. */
public final class Rows {

    private Rows() {
    }

    public static <E extends Enum<E>> E enumOf(ResultSet rs, String column, Class<E> type) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : Enum.valueOf(type, value);
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public static OffsetDateTime timestamp(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }

    public static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    public static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        try {
            return List.of((String[]) array.getArray());
        }
        finally {
            array.free();
        }
    }

    /**
     * Below this length a word is matched whole, not as a part of a name: a trigram index cannot narrow one or two
     * letters, and a part that short finds mostly noise.
     */
    public static final int PARTIAL_MIN = 3;

    /** Whether typed text is matched as whole words only: none of its words is {@link #PARTIAL_MIN} letters long; false for no text. */
    public static boolean wholeWordsOnly(String text) {
        return text != null && !text.isBlank()
                && java.util.Arrays.stream(text.strip().split("\\s+")).allMatch(word -> word.length() < PARTIAL_MIN);
    }

    /** Escapes a user's text for use inside a LIKE pattern, so that % and _ match themselves. */
    public static String likeContaining(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
