package com.dealtrace.event;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline's own escaping gives what {@code th:text} gives (unbescape), for every character and mix of them. */
class MarkupEscapeTest {

    @Test
    void everyCharacterIsEscapedAsThTextEscapesIt() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String text = "a" + (char) c + "b";
            assertThat(TimelineMarkup.escape(text)).as("U+%04X", c).isEqualTo(HtmlEscape.escapeHtml4Xml(text));
        }
    }

    @Test
    void mixedTextsAreEscapedAsThTextEscapesThem() {
        assertThat(TimelineMarkup.escape(null)).isNull();
        String plain = "nothing to escape — «ninguno» 😀";
        assertThat(TimelineMarkup.escape(plain)).isSameAs(plain);
        assertThat(TimelineMarkup.escape("")).isEmpty();
        assertThat(TimelineMarkup.escape("<q>quoted & \"said\"</q> isn't")).isEqualTo(
                "&lt;q&gt;quoted &amp; &quot;said&quot;&lt;/q&gt; isn&#39;t");
        var random = new Random(16);
        String alphabet = "<>&\"' a€😀\uD800\uDC00\u00A0\n\t";
        for (int i = 0; i < 10_000; i++) {
            var text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(TimelineMarkup.escape(text.toString())).isEqualTo(HtmlEscape.escapeHtml4Xml(text.toString()));
        }
    }
}
