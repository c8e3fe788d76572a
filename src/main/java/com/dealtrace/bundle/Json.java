package com.dealtrace.bundle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.dealtrace.source.UrlNormalizer;
import com.dealtrace.web.DateInput;
import com.dealtrace.web.PlainText;

/**
 * Reads a bundle's values out of the parsed JSON (maps, lists, strings, numbers, booleans) and notes every problem
 * with its JSON path instead of stopping at the first. Only the first {@value #KEPT_PROBLEMS} problems are kept; the
 * rest are counted, so that a hostile bundle with millions of problems costs no more memory than a bad one.
 */
final class Json {

    static final int KEPT_PROBLEMS = 100;
    private static final int LONGEST_KEY_SHOWN = 60;

    private final List<BundleProblem> problems = new ArrayList<>();
    private int total;
    private final LocalDate today = LocalDate.now();

    List<BundleProblem> problems() {
        return problems;
    }

    /** Every problem found, kept or only counted. */
    int total() {
        return total;
    }

    boolean hasProblems() {
        return total > 0;
    }

    void problem(String path, String message) {
        total++;
        if (problems.size() < KEPT_PROBLEMS) {
            problems.add(new BundleProblem(path, message));
        }
    }

    InvalidBundleException refusal() {
        return new InvalidBundleException(problems, total);
    }

    /** Each key of the object that the bundle format does not have is a problem at its own path. */
    void onlyKnownKeys(Map<String, Object> object, String path, Set<String> known) {
        if (known.containsAll(object.keySet())) {
            return;
        }
        if (problems.size() >= KEPT_PROBLEMS) {
            // past the problems that are listed, only the count matters
            total += (int) object.keySet().stream().filter(key -> !known.contains(key)).count();
            return;
        }
        object.keySet().stream().filter(key -> !known.contains(key)).sorted().forEach(key -> {
            String near = problems.size() >= KEPT_PROBLEMS ? null
                    : known.stream().filter(k -> close(k, key)).sorted().findFirst().orElse(null);
            problem(path + member(key), "is not a field of this object"
                    + (near == null ? " (docs/bundles.md lists the fields)" : "; did you mean " + near + "?"));
        });
    }

    /** A key as a JSON path member: {@code .name}, or {@code ['odd key']} shortened and without control characters. */
    private static String member(String key) {
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

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> objects(Object value, String path, boolean required) {
        if (value == null) {
            if (required) {
                problem(path, "is missing: give an array");
            }
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            problem(path, "must be an array");
            return List.of();
        }
        List<Map<String, Object>> objects = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> map) {
                objects.add((Map<String, Object>) map);
            }
            else {
                problem(path + "[" + i + "]", "must be an object");
                objects.add(Map.of());
            }
        }
        return objects;
    }

    String text(Map<String, Object> object, String name, String path, boolean required, int max) {
        Object value = object.get(name);
        if (value == null || (value instanceof String s && s.isBlank())) {
            if (required) {
                problem(path + "." + name, "is missing");
            }
            return null;
        }
        if (!(value instanceof String s)) {
            problem(path + "." + name, "must be a string");
            return null;
        }
        if (s.length() > max) {
            problem(path + "." + name, "is longer than " + max + " characters");
            return null;
        }
        if (!PlainText.Validator.isPlain(s)) {
            problem(path + "." + name, "holds control characters (such as NUL); remove them");
            return null;
        }
        return s.strip();
    }

    String matching(Map<String, Object> object, String name, String path, boolean required, String pattern,
            String expected) {
        String value = text(object, name, path, required, 300);
        if (value != null && !value.matches(pattern)) {
            problem(path + "." + name, "must be " + expected);
            return null;
        }
        return value;
    }

    <E extends Enum<E>> E choice(Map<String, Object> object, String name, String path, Class<E> type, boolean required) {
        String value = text(object, name, path, required, 100);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        }
        catch (IllegalArgumentException ex) {
            problem(path + "." + name, "must be one of " + List.of(type.getEnumConstants()));
            return null;
        }
    }

    /** An ISO date (yyyy-mm-dd) that exists and is not in the future. */
    LocalDate date(Map<String, Object> object, String name, String path, boolean required) {
        String value = text(object, name, path, required, 30);
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = DateInput.parse(value);
            if (date.isAfter(today)) {
                problem(path + "." + name, "lies in the future");
                return null;
            }
            return date;
        }
        catch (DateTimeParseException ex) {
            problem(path + "." + name, "must be an existing date written yyyy-mm-dd");
            return null;
        }
    }

    OffsetDateTime timestamp(Map<String, Object> object, String name, String path) {
        String value = text(object, name, path, false, 40);
        if (value == null) {
            return null;
        }
        try {
            OffsetDateTime time = OffsetDateTime.parse(value);
            if (time.isAfter(OffsetDateTime.now().plusMinutes(5))) {
                problem(path + "." + name, "lies in the future");
                return null;
            }
            return time;
        }
        catch (DateTimeParseException ex) {
            problem(path + "." + name, "must be a timestamp such as 2024-05-20T09:30:00Z");
            return null;
        }
    }

    BigDecimal number(Map<String, Object> object, String name, String path, boolean required,
            Predicate<BigDecimal> valid, String expected) {
        Object value = object.get(name);
        if (value == null) {
            if (required) {
                problem(path + "." + name, "is missing");
            }
            return null;
        }
        if (!(value instanceof Number n)) {
            problem(path + "." + name, "must be a number");
            return null;
        }
        BigDecimal number = new BigDecimal(n.toString());
        if (!valid.test(number)) {
            problem(path + "." + name, "must be " + expected);
            return null;
        }
        return number;
    }

    String url(Map<String, Object> object, String name, String path, boolean required) {
        String value = text(object, name, path, required, 2_000);
        if (UrlNormalizer.tooLong(value)) {
            problem(path + "." + name, "is longer than 2,000 bytes");
            return null;
        }
        if (value != null && UrlNormalizer.key(value).isEmpty()) {
            problem(path + "." + name, "must be a full http or https address");
            return null;
        }
        return value;
    }

    List<String> strings(Map<String, Object> object, String name, String path) {
        Object value = object.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || !list.stream().allMatch(v -> v instanceof String)) {
            problem(path + "." + name, "must be an array of strings");
            return List.of();
        }
        if (!list.stream().allMatch(v -> PlainText.Validator.isPlain((String) v))) {
            problem(path + "." + name, "holds control characters (such as NUL); remove them");
            return List.of();
        }
        return list.stream().map(v -> ((String) v).strip()).filter(v -> !v.isEmpty()).toList();
    }
}
