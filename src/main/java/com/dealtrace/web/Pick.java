package com.dealtrace.web;

import java.util.Arrays;

/**
 * One match of a type-ahead picker: the value the form's field takes (a slug, or a source's number), what the editor
 * reads, and a detail to tell similar matches apart. {@code known} marks what the context already uses (the deal's
 * cited sources), listed first.
 */
public record Pick(String value, String label, String detail, boolean known) {

    /** At most this many matches are offered. */
    public static final int LIMIT = 20;

    /** Typed text as a search takes it: trimmed, control characters (which PostgreSQL refuses) as spaces, at most 200 characters. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String clean = text.replaceAll("\\p{Cc}", " ").strip();
        return clean.length() > 200 ? clean.substring(0, 200) : clean;
    }

    /** Whether a typed value has the shape of a slug, so that looking it up is worth a query (and safe to send). */
    public static boolean couldBeSlug(String value) {
        return value.length() <= 300 && value.matches("[a-z0-9][a-z0-9-]*");
    }

    /** The text as a LIKE pattern matching it anywhere, its wildcards escaped. */
    public static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** A LIKE pattern for each word of the text (at most eight), so that "mistral partner" finds "Mistral AI partnership". */
    public static String[] containsEach(String text) {
        return Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).limit(8).map(Pick::contains)
                .toArray(String[]::new);
    }
}
