package com.dealtrace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;

import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The interface speaks English or Spanish: from Accept-Language, or from the reader's remembered choice. */
@DealtraceTest
class LanguagesTest {

    private static final String DEAL = "/deals/microsoft-mistral-ai-partnership";
    private static final String NBSP = "\u00a0";
    private static final String SPANISH_TITLE = "Microsoft y Mistral AI: distribución en Azure y préstamo convertible";
    private static final String ENGLISH_TITLE = "Microsoft and Mistral AI: Azure distribution partnership and convertible note";

    @Autowired
    MockMvcTester mvc;

    @Test
    void withoutAcceptLanguageThePagesAreEnglish() {
        String html = body(mvc.get().uri(DEAL).exchange());

        assertThat(html).contains("<html lang=\"en\"", "Signal brief", "EUR 15 m", "<h1 lang=\"en\">" + ENGLISH_TITLE)
                .doesNotContain("Traducción —", "Translation —", "Original in");
        // the Spanish translation is still offered, marked as Spanish
        assertThat(html).contains("Translation (Spanish):", "<span lang=\"es\">" + SPANISH_TITLE + "</span>");
    }

    @Test
    void acceptLanguageSpanishGivesSpanishPages() {
        assertThat(spanish("/")).contains("<html lang=\"es\"", "Eventos recientes", "Pendientes de calificación",
                "Expedientes regulatorios abiertos", "lang=\"es\">" + SPANISH_TITLE + "</a>");
        assertThat(spanish("/deals")).contains("Operaciones", "Anunciada desde", "15" + NBSP + "M" + NBSP + "EUR",
                "1.700" + NBSP + "M" + NBSP + "EUR", "<span>operaciones</span>");
        assertThat(spanish(DEAL + "/timeline")).contains("Cronología", "eventos por orden de fecha",
                "Cronología dibujada de 8 eventos", "Apertura de expediente");
        assertThat(spanish(DEAL + "/sources")).contains("Fuentes y confianza", "Qué mejoraría la calificación",
                "No hay fuente para «", "Escala de calificación", "0,90–1,00");
        assertThat(spanish("/parties/microsoft")).contains("Red de esta parte", "<th scope=\"col\">Rol</th>");
    }

    @Test
    void datesAndNumbersFollowTheLocale() {
        String timeline = spanish(DEAL + "/timeline");
        assertThat(timeline).contains("26 de febrero de 2024", "17 de mayo de 2024", "diciembre de 2023", "junio de 2025")
                .doesNotContain("26 feb 2024", "sept 2025");

        String list = spanish("/deals");
        assertThat(list).contains(">09/09/2025</time>", "1.700" + NBSP + "M" + NBSP + "EUR").doesNotContain("mil M");
        assertThat(body(mvc.get().uri("/deals").exchange())).contains("9 Sep 2025", "EUR 1.7 bn");
        assertThat(spanish("/cases")).contains(">24/04/2024<", ">17/05/2024<");

        String sources = spanish(DEAL + "/sources");
        assertThat(sources).contains("1 − (1 − 0,60)³ × (1 − 0,30)³ = 0,98", ">94" + NBSP + "%<", ">1,00</text>")
                .contains("26 de febrero de 2024");
        assertThat(body(mvc.get().uri(DEAL + "/sources").exchange())).contains(">94 %<");
    }

    @Test
    void spanishPagesUseTheRegulatorsTermsAndLabelsThatAgreeWithTheirNoun() {
        String brief = spanish(DEAL);
        assertThat(brief).contains("<dt>Impacto</dt><dd>Alto</dd>", "<dt>Relevancia operativa</dt><dd>Media</dd>",
                "<h2 id=\"surface-h\">Ámbito operativo</h2>", "No constituye una concentración sujeta a control")
                .doesNotContain("No reúne los requisitos", "Superficie operativa");
        assertThat(spanish("/parties/mistral-ai")).contains("<dt>Otros nombres</dt>");
        assertThat(spanish("/sources")).contains("Emisor").doesNotContain("Editor");

        var form = mvc.get().uri("/deals/microsoft-mistral-ai-partnership/edit").with(As.EDITOR.user())
                .header(HttpHeaders.ACCEPT_LANGUAGE, "es").exchange();
        assertThat(body(form)).contains("<option value=\"MEDIUM\" selected=\"selected\">Media</option>",
                "<option value=\"HIGH\" selected=\"selected\">Alto</option>", "Empresa en participación",
                "Sin confirmar", "Sociedad objetivo");
    }

    @Test
    void theSpanishSearchPageQuotesWithAngleQuotesAndCountsWithoutGender() {
        assertThat(spanish("/search?q=zzzqqq")).contains("Nada coincide con", "<span>«zzzqqq»</span>.");
        assertThat(body(mvc.get().uri("/search?q=zzzqqq").exchange())).contains("<span>“zzzqqq”</span>.");
        assertThat(spanish("/search")).contains("«operaciones» encuentra «operación»");
    }

    @Test
    void theBriefShowsTheSpanishTranslationWithTheOriginalMarked() {
        String html = spanish(DEAL);

        assertThat(html).contains("<h1 lang=\"es\">" + SPANISH_TITLE + "</h1>");
        assertThat(html).contains("Traducción — original en inglés");
        assertThat(html).contains("<p class=\"summary\" lang=\"es\">En febrero de 2024 Microsoft y Mistral AI");
        // the original stays one click away, marked as English for screen readers
        assertThat(html).contains("<summary>Ver el original</summary>", "<p lang=\"en\"><strong>" + ENGLISH_TITLE);
        assertThat(html).contains("<title>" + SPANISH_TITLE + " — Dealtrace</title>");
    }

    @Test
    void theDealListShowsSpanishTitlesWhereATranslationExists() {
        String spanish = spanish("/deals");

        assertThat(spanish).contains("lang=\"es\">" + SPANISH_TITLE + "</a>",
                "<span class=\"tag translated\" title=\"" + ENGLISH_TITLE + "\">Traducción</span>");
        assertThat(spanish).contains(">ASML leads Mistral AI&#39;s EUR 1.7 bn Series C</a>");
        assertThat(body(mvc.get().uri("/deals").exchange())).doesNotContain(SPANISH_TITLE, "tag translated");
    }

    @Test
    void aDealWithoutASpanishTranslationIsMarkedAsEnglishForSpanishReaders() {
        String html = spanish("/deals/asml-mistral-ai-series-c");

        assertThat(html).contains("Sin traducción — original en inglés", "lang=\"en\">ASML leads Mistral AI&#39;s");
        // one notice for the page, not one per field
        assertThat(html.split("Sin traducción", -1)).hasSize(2);
        assertThat(html).contains("sus campos se muestran tal como se escribieron");
        assertThat(body(mvc.get().uri("/deals/asml-mistral-ai-series-c").exchange()))
                .doesNotContain("Original in", "Translation —");
    }

    @Test
    void theChoiceIsRememberedInACookieAndWinsOverAcceptLanguage() {
        var switched = mvc.get().uri("/deals?lang=es").header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange();
        Cookie cookie = switched.getResponse().getCookie(Languages.COOKIE);

        assertThat(body(switched)).contains("<html lang=\"es\"");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo("es");
        assertThat(cookie.getMaxAge()).isGreaterThan(30 * 24 * 3600);

        var later = mvc.get().uri("/").cookie(cookie).exchange();
        assertThat(body(later)).contains("<html lang=\"es\"", "Eventos recientes");
        var laterWithEnglishBrowser = mvc.get().uri("/").cookie(cookie).header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB").exchange();
        assertThat(body(laterWithEnglishBrowser)).contains("Eventos recientes");

        var back = mvc.get().uri("/?lang=en").cookie(cookie).exchange();
        assertThat(back.getResponse().getCookie(Languages.COOKIE).getValue()).isEqualTo("en");
        assertThat(body(back)).contains("Recent events");
    }

    @Test
    void unsupportedLanguagesFallBackToEnglishAndTheFirstSupportedOneWins() {
        assertThat(body(mvc.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR, de;q=0.8").exchange()))
                .contains("<html lang=\"en\"", "Recent events");
        assertThat(body(mvc.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR, es-MX;q=0.8, en;q=0.5").exchange()))
                .contains("<html lang=\"es\"");
        assertThat(body(mvc.get().uri("/?lang=fr").exchange())).contains("<html lang=\"en\"");
        assertThat(body(mvc.get().uri("/").cookie(new Cookie(Languages.COOKIE, "de")).exchange())).contains("<html lang=\"en\"");
    }

    @Test
    void theLanguageSwitchLinksKeepThePathAndQuery() {
        String html = body(mvc.get().uri("/deals?type=INVESTMENT&lang=en").exchange());

        assertThat(html).contains("<a href=\"/deals?type=INVESTMENT&amp;lang=es\" lang=\"es\" hreflang=\"es\">Español</a>");
        assertThat(html).contains("<a href=\"/deals?type=INVESTMENT&amp;lang=en\" lang=\"en\" hreflang=\"en\" aria-current=\"true\">English</a>");
    }

    @Test
    void formErrorsAndNoticesAreInTheReadersLanguage() {
        var rejected = mvc.post().uri("/deals/new").with(csrf()).with(As.EDITOR.user())
                .header(HttpHeaders.ACCEPT_LANGUAGE, "es").param("type", "INVESTMENT").param("status", "ACTIVE")
                .param("visibility", "PUBLIC").param("language", "en").param("currency", "euros").exchange();

        assertThat(body(rejected)).contains("Dé un título a la operación.", "Use un código ISO de tres letras, como EUR.",
                "Algunos campos necesitan atención");
    }

    private String spanish(String url) {
        var result = mvc.get().uri(url).header(HttpHeaders.ACCEPT_LANGUAGE, "es-ES,es;q=0.9,en;q=0.8").exchange();
        assertThat(result).as(url).hasStatusOk();
        return body(result);
    }

    private static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
