package com.dealtrace.badinput;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The bad values thrown at every form and endpoint: empty, blank, huge, exotic Unicode, control characters (NUL
 * among them), HTML and SQL payloads, malformed dates and addresses, numbers out of every range and unknown enum
 * values. Text is valid Unicode (no lone surrogates): what a browser can send as UTF-8.
 */
final class BadInput {

    private BadInput() {
    }

    static final String[] HTML = {"<script>alert(1)</script>", "\"><script>alert('x')</script>",
            "<img src=x onerror=alert(1)>", "</textarea><script>alert(document.cookie)</script>",
            "<svg/onload=alert(1)>", "javascript:alert(1)", "&lt;b&gt;&amp;", "{{7*7}} ${7*7} [[${7*7}]] __${7*7}__",
            "<!--", "]]><x>", "' onmouseover='alert(1)"};

    static final String[] SQL = {"' OR '1'='1", "'; DROP TABLE deal; --", "\" OR \"\"=\"", "1; SELECT pg_sleep(1)",
            "%' AND 1=1 --", "\\'", "'||(select version())||'", "$$; drop table party; $$", "%_%", "\\x00",
            "NULL", "null", "E'\\\\000'"};

    static final String[] UNICODE = {"Ünïcödé çàfé", "日本語のテキスト", "😀🚀👩‍👩‍👧‍👦", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𐍈 𠜎",
            "e\u0301\u0301\u0301 a\u0308\u0308", "שלום עולם \u202Eevil\u202C", "مرحبا بالعالم", "\uFEFFBOM",
            "zero\u200Bwidth\u200Djoiner", "\u00A0non-breaking\u00A0", "İstanbul ß ǅ ﬁ", "\uFFFD replacement",
            "Z̴̡̛a̷l̶g̸o̵", "\u2028line\u2029para", "\uFFFF\uFFFE noncharacters"};

    static final String[] CONTROL = {"\u0000", "a\u0000b", "\u0000<script>", "bell\u0007", "esc\u001B[31mred",
            "back\bspace", "form\ffeed", "vertical\u000Btab", "del\u007F", "c1\u0085\u009F", "\u001C\u001D\u001E\u001F",
            "nul at end\u0000"};

    static final String[] DATES = {"2024-02-30", "2023-02-29", "99999-01-01", "+99999-01-01", "yesterday", "today",
            "0000-00-00", "2024-13-01", "2024-00-10", "-0001-01-01", "1-1-1", "2024/01/01", "01.02.2024",
            "2024-01-01T00:00:00Z", "9999-12-31", "0001-01-01", "2024-1-1", " 2024-01-01 ", "20240101", "1e9",
            "2024-02-29\u0000", "１９９９-０１-０１"};

    static final String[] URLS = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>",
            "ftp://example.org/file", "example.org/page", "//example.org/page", "http://", "https://",
            "http:// example.org", "https://exa mple.org/a b", "http://[::1", "https://example.org/%zz",
            "https://例え.テスト/パス", "https://example.org/😀", "https://user:pass@example.org:99999/",
            "https://example.org/\u0000", "mailto:a@example.org", "file:///etc/passwd", " https://example.org/ ",
            "http://localhost/", "https://example.org/?q=<script>", "https://example.org/#<img src=x>"};

    static final String[] NUMBERS = {"-1", "-0.01", "0", "-0", "1", "1.5", "0.999", "1.001", "1.005", "2", "NaN",
            "Infinity", "-Infinity", "1e400", "1E-400", "9e9999999999", "99999999999999999999", "12345678901234567.5",
            "9999999999999999.99", "10000000000000000", "0.0000000001", "1,5", "1 000", "0x1F", "1_000", "٣",
            "+1", ".5", "5.", "--1", "1e2", "2147483648", "-2147483649", "9223372036854775808"};

    static final String[] PAGES = {"-1", "0", "1", "2", "-2147483648", "2147483647", "2147483648", "99999999",
            "99999", "100000", "100001", "1e3", "1.5", "abc", "", " ", "NaN", "0x10", "９", "9223372036854775808"};

    /** Values that are valid for no enumeration of the app. */
    static final String[] ENUMS = {"", " ", "UNKNOWN", "partnership", "Partnership", "PARTNERSHIP ", "0", "-1",
            "null", "<script>", "ADMIN'--", "\u0000", "DEAL\u0000"};

    static Arbitrary<String> empty() {
        return Arbitraries.of("", " ", "   ", "\t", "\n", "\r\n", " \t\r\n ", "\u2003", "\u3000", "\u00A0");
    }

    static Arbitrary<String> huge() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1_000, 100_000).map(n -> "x".repeat(n)),
                Arbitraries.integers().between(250, 25_000).map(n -> "😀".repeat(n)),
                Arbitraries.integers().between(1_000, 30_000).map(n -> "word ".repeat(n / 5)),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(10_000).ofMaxLength(12_000));
    }

    /** Any valid Unicode: letters of many scripts, marks, emoji and astral code points, never a lone surrogate. */
    static Arbitrary<String> unicode() {
        Arbitrary<Integer> codePoint = Arbitraries.oneOf(
                Arbitraries.integers().between(0x20, 0x7E),
                Arbitraries.integers().between(0xA0, 0xD7FF),
                Arbitraries.integers().between(0xE000, 0xFFFD),
                Arbitraries.integers().between(0x10000, 0x10FFFF),
                Arbitraries.of(0x0301, 0x0308, 0x200D, 0x202E, 0xFE0F, 0x1F600, 0x1F468));
        return Arbitraries.oneOf(Arbitraries.of(UNICODE), codePoint.list().ofMinSize(1).ofMaxSize(60)
                .map(points -> points.stream().map(Character::toString).collect(Collectors.joining())));
    }

    /** Text holding at least one control character, NUL the most often. */
    static Arbitrary<String> control() {
        Arbitrary<Character> control = Arbitraries.oneOf(Arbitraries.just('\u0000'),
                Arbitraries.chars().range('\u0001', '\u0008'), Arbitraries.chars().range('\u000B', '\u000C'),
                Arbitraries.chars().range('\u000E', '\u001F'), Arbitraries.chars().range('\u007F', '\u009F'));
        Arbitrary<String> mixed = Arbitraries.strings().alpha().ofMaxLength(20).flatMap(text -> control.list()
                .ofMinSize(1).ofMaxSize(3).map(cs -> {
                    var out = new StringBuilder(text);
                    cs.forEach(c -> out.insert(Math.min(out.length(), Math.abs(c * 7919) % (out.length() + 1)), c));
                    return out.toString();
                }));
        return Arbitraries.oneOf(Arbitraries.of(CONTROL), mixed);
    }

    static Arbitrary<String> html() {
        return Arbitraries.of(HTML);
    }

    static Arbitrary<String> sql() {
        return Arbitraries.of(SQL);
    }

    /** Ordinary text with some payload in the middle. */
    static Arbitrary<String> ordinaryWithPayload() {
        return Arbitraries.strings().alpha().numeric().withChars(' ', '-', '.').ofMinLength(1).ofMaxLength(30)
                .flatMap(word -> Arbitraries.oneOf(html(), sql(), Arbitraries.of(UNICODE))
                        .map(payload -> word + " " + payload + " " + word));
    }

    /** Every kind of bad text, for text fields. */
    static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, empty()),
                net.jqwik.api.Tuple.of(2, huge()),
                net.jqwik.api.Tuple.of(3, unicode()),
                net.jqwik.api.Tuple.of(3, control()),
                net.jqwik.api.Tuple.of(2, html()),
                net.jqwik.api.Tuple.of(2, sql()),
                net.jqwik.api.Tuple.of(2, ordinaryWithPayload()));
    }

    /** Text as long as a field allows, and just over: the edges of the size rules, in characters and bytes. */
    static Arbitrary<String> atTheLimit(int max) {
        return Arbitraries.of(max - 1, max, max + 1).flatMap(n -> Arbitraries.of("é", "😀", "a", "漢")
                .map(unit -> unit.repeat(Math.max(1, n / unit.length())) + (n % unit.length() == 1 ? "x" : "")));
    }

    static Arbitrary<String> dates() {
        return Arbitraries.oneOf(Arbitraries.of(DATES), text(),
                Arbitraries.integers().between(-999_999, 999_999).map(y -> String.format("%d-01-01", y)),
                Arbitraries.integers().between(1, 40).flatMap(d -> Arbitraries.integers().between(0, 14)
                        .map(m -> String.format("2024-%02d-%02d", m, d))));
    }

    static Arbitrary<String> urls() {
        return Arbitraries.oneOf(Arbitraries.of(URLS), text(),
                Arbitraries.integers().between(1_990, 12_000).map(n -> "https://example.org/" + "a".repeat(n)),
                Arbitraries.integers().between(100, 2_000).map(n -> "https://example.org/" + "😀".repeat(n)),
                Arbitraries.strings().withCharRange('\u4E00', '\u9FFF').ofMinLength(1_000).ofMaxLength(1_980)
                        .map(path -> "https://example.org/" + path),
                unicode().map(u -> "https://example.org/" + u),
                Arbitraries.of("javascript:", "data:", "vbscript:", "http:", "https:", "", "ht tp://")
                        .flatMap(scheme -> unicode().map(u -> scheme + u)));
    }

    static Arbitrary<String> numbers() {
        return Arbitraries.oneOf(Arbitraries.of(NUMBERS), empty(), html(), sql(),
                Arbitraries.bigDecimals().ofScale(3).between(new java.math.BigDecimal("-1E20"), new java.math.BigDecimal("1E20"))
                        .map(java.math.BigDecimal::toPlainString),
                Arbitraries.integers().between(17, 2_000).map(n -> "9".repeat(n)),
                Arbitraries.integers().between(3, 500).map(n -> "0." + "1".repeat(n)),
                Arbitraries.integers().between(-400, 400).map(e -> "1e" + e));
    }

    static Arbitrary<String> pages() {
        return Arbitraries.oneOf(Arbitraries.of(PAGES), Arbitraries.integers().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf), numbers());
    }

    static Arbitrary<String> enums() {
        return Arbitraries.oneOf(Arbitraries.of(ENUMS), text());
    }

    /** Any of the above: for parameters whose kind does not matter to the attack. */
    static Arbitrary<String> anything() {
        return Arbitraries.oneOf(text(), dates(), urls(), numbers(), enums());
    }

    /** Whether the value holds a control character PostgreSQL or the pages cannot take. */
    static boolean hasControl(String value) {
        return IntStream.range(0, value.length()).mapToObj(value::charAt)
                .anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
    }

    /** The text as Thymeleaf writes it into a page. */
    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
