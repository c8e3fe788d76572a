package com.dealtrace.bundle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The problems found in one bundle, each at its JSON path, e.g. {@code $.deals[0].events[3].date}. Only the first
 * {@value #KEPT} are kept; the rest are counted, so that a hostile bundle with millions of problems costs no more
 * memory than a bad one.
 */
final class Problems {

    static final int KEPT = 100;
    private static final int LONGEST_KEY_SHOWN = 60;

    private final List<BundleProblem> kept = new ArrayList<>();
    private int total;
    /** Where the value being checked had the wrong type: its checks would only repeat that it is wrong. */
    private final Set<String> mistyped = new HashSet<>();

    Problems() {
    }

    Problems(Problems other) {
        kept.addAll(other.kept);
        total = other.total;
    }

    void add(String path, String message) {
        total++;
        if (kept.size() < KEPT) {
            kept.add(new BundleProblem(path, message));
        }
    }

    /** Whether no more problems are listed, only counted. */
    boolean full() {
        return kept.size() >= KEPT;
    }

    /** Problems past those listed. */
    void count(long problems) {
        total += (int) problems;
    }

    /** A problem listed before those found so far. */
    void addFirst(String path, String message) {
        total++;
        kept.add(0, new BundleProblem(path, message));
        if (kept.size() > KEPT) {
            kept.remove(KEPT);
        }
    }

    /** A value of the wrong JSON type (a number for a text, a string for a list ...). */
    void typeProblem(String path, String message) {
        add(path, message);
        mistyped.add(path);
    }

    boolean anyMistyped() {
        return !mistyped.isEmpty();
    }

    boolean mistyped(String path) {
        return !mistyped.isEmpty() && mistyped.contains(path);
    }

    /** Forgets where types were wrong, once the value that held them (a deal, a party ...) is checked. */
    void checked() {
        mistyped.clear();
    }

    boolean any() {
        return total > 0;
    }

    InvalidBundleException refusal() {
        return new InvalidBundleException(kept, total);
    }

    /** A key that the object at {@code path} does not have, with the known key it may be a typing mistake of. */
    void unknownKey(String path, String key, Collection<String> known) {
        if (kept.size() >= KEPT) {
            // past the problems that are listed, only the count matters
            total++;
            return;
        }
        String near = known.stream().filter(k -> close(k, key)).sorted().findFirst().orElse(null);
        add(path + member(key), "is not a field of this object"
                + (near == null ? " (docs/bundles.md lists the fields)" : "; did you mean " + near + "?"));
    }

    /** A key as a JSON path member: {@code .name}, or {@code ['odd key']} shortened and without control characters. */
    static String member(String key) {
        if (key.matches("[A-Za-z_][A-Za-z0-9_]{0,59}")) {
            return "." + key;
        }
        String shown = key.length() > LONGEST_KEY_SHOWN ? key.substring(0, LONGEST_KEY_SHOWN) + "…" : key;
        return "['" + shown.replaceAll("[\\p{Cc}\\p{Cs}]", "\uFFFD").replace("'", "\\'") + "']";
    }

    /** Typing mistakes: the same letters in another case, or at most two letters added, dropped, changed or swapped. */
    private static boolean close(String known, String typed) {
        if (known.equalsIgnoreCase(typed)) {
            return true;
        }
        String a = known.toLowerCase();
        String b = typed.toLowerCase();
        if (Math.abs(a.length() - b.length()) > 2 || b.length() > 100) {
            return false;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()] <= 2;
    }
}
