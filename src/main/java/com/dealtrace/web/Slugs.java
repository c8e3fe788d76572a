package com.dealtrace.web;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** The one slug maker: "Mistral AI’s Series C" becomes "mistral-ai-s-series-c". */
public final class Slugs {

    private static final int MAX_LENGTH = 80;

    /** What every slug looks like: lowercase letters and digits in words joined by single hyphens. */
    public static final String SHAPE = "[a-z0-9]+(-[a-z0-9]+)*";

    private Slugs() {
    }

    /** The slug of the text, made unique with "-2", "-3"… where it is taken already. */
    public static String unique(String text, Predicate<String> taken) {
        String base = of(text);
        String slug = base;
        for (int n = 2; taken.test(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    public static String of(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "untitled" : slug;
    }
}
