package com.dealtrace.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key the templates and the Java code use exists in English and in Spanish, and the two files hold
 * the same keys, so nothing on a page falls back to English or to a bare key.
 */
class MessageKeysTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");

    /** {@code #{deal.brief.title}} and {@code #{pager.position(...)}} in templates. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([\\w.]+)");

    /** Keys in Java: notices, validation annotations and rejections, the formats' patterns. */
    private static final Pattern JAVA_KEY = Pattern.compile("\"\\{?((?:notice|validation|format|advice|bundle\\.failure)\\.[\\w.]+)\\}?\"");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("messages_es.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    /**
     * A Spanish message that reads exactly like its English one was most likely never translated. These are the
     * exceptions: codes and grades, patterns with nothing to translate, and words Spanish writes the same way.
     */
    private static final Set<String> SAME_IN_BOTH_LANGUAGES = Set.of(
            "enum.Grade.A", "enum.Grade.A_B", "enum.Grade.B_C", "enum.Grade.C_D", "enum.Grade.D",
            "format.date.year",
            "deal.brief.title",
            "enum.Role.EDITOR",
            "enum.PublisherKind.BLOG",
            "confidence.picture.mix.total",
            "confidence.sources.original");

    @Test
    void noSpanishMessageIsLeftInEnglish() throws IOException {
        Properties english = load("messages.properties");
        Properties spanish = load("messages_es.properties");
        Set<String> same = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (english.getProperty(key).equals(spanish.getProperty(key)) && !SAME_IN_BOTH_LANGUAGES.contains(key)) {
                same.add(key + "=" + english.getProperty(key));
            }
        }

        assertThat(same).as("Spanish messages identical to the English ones").isEmpty();
        assertThat(SAME_IN_BOTH_LANGUAGES).as("exceptions that are no longer needed")
                .allMatch(key -> english.getProperty(key) != null && english.getProperty(key).equals(spanish.getProperty(key)));
    }

    /** Words the Spanish glossary (docs/glossary-es.md) replaced, with the term to use instead. */
    private static final Map<String, String> REPLACED_TERMS = Map.of(
            "(?i)\\bacuerdos?\\b", "operación",
            "(?i)\\bpapel(es)?\\b", "rol",
            "(?i)\\bnota convertible\\b", "préstamo convertible",
            "(?i)\\bmejor riesgo\\b", "riesgo más bajo",
            "(?i)\\bsuperficie operativa\\b", "ámbito operativo",
            "(?i)\\bempresa conjunta\\b", "empresa en participación",
            "(?i)\\btambién conocid[ao]\\b", "otros nombres",
            "(?i)^rumor$", "sin confirmar",
            "(?i)\\breúne los requisitos\\b", "no constituye una concentración sujeta a control");

    /** "Editor" is the user role; a source's publisher is its "emisor". */
    private static final Set<String> EDITOR_AS_ROLE = Set.of("enum.Role.EDITOR", "tokens.lede.roles", "notice.deal.unpublished");

    @Test
    void spanishMessagesUseTheGlossaryTerms() throws IOException {
        Properties spanish = load("messages_es.properties");
        Set<String> found = new TreeSet<>();
        for (String key : spanish.stringPropertyNames()) {
            String text = spanish.getProperty(key);
            REPLACED_TERMS.forEach((term, instead) -> {
                if (Pattern.compile(term).matcher(text).find()) {
                    found.add(key + ": use «" + instead + "» in «" + text + "»");
                }
            });
            if (Pattern.compile("(?i)\\beditor(es)?\\b").matcher(text).find() && !EDITOR_AS_ROLE.contains(key)) {
                found.add(key + ": a publisher is an «emisor» in «" + text + "»");
            }
        }

        assertThat(found).isEmpty();
    }

    @Test
    void everyKeyUsedInTemplatesAndCodeExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        used.addAll(keys(TEMPLATES, ".html", TEMPLATE_KEY));
        used.addAll(keys(JAVA, ".java", JAVA_KEY));

        assertThat(used).hasSizeGreaterThan(400);
        assertThat(load("messages.properties").stringPropertyNames()).containsAll(used);
        assertThat(load("messages_es.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void noTemplateTextIsLeftOutsideTheMessageFilesInTheCommonElements() throws IOException {
        // a heading, label, button or table header whose text is written in the template itself: it would stay English
        var literal = Pattern.compile("<(h1|h2|h3|label|button|th|dt|legend|summary)(?![^>]*th:(?:text|utext|replace))[^>]*>\\s*[A-Za-z][^<]*<");
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                var matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.add(TEMPLATES.relativize(file) + ": " + matcher.group());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /** MessageFormat drops a single apostrophe from a message with arguments; English ones must double it. */
    @Test
    void messagesWithArgumentsHaveNoSingleApostrophes() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_es.properties"}) {
            Properties messages = load(file);
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                if (text.matches("(?s).*\\{\\d.*")) {
                    assertThat(text.replace("''", "")).as(file + " " + key).doesNotContain("'");
                }
            }
        }
    }

    @Test
    void spanishIsReadAsUtf8() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);

        assertThat(source.getMessage("search.heading", null, Locale.forLanguageTag("es"))).isEqualTo("Búsqueda");
        assertThat(source.getMessage("search.heading", null, Locale.ENGLISH)).isEqualTo("Search");
    }

    private static Set<String> keys(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                var matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageKeysTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
