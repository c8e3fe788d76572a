package com.dealtrace.confidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

@DealtraceTest
@Transactional
class GradingTest {

    private static final String DEAL = "/deals/microsoft-mistral-ai-partnership";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyGradeIsKeptAndTheNewestIsTheDealsGrade() {
        var result = mvc.post().uri(DEAL + "/grade").param("score", "0.72").param("rationale", "Downgraded for the test.")
                .with(csrf()).with(As.ADMIN.user()).exchange();

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl(DEAL + "/sources");
        assertThat(jdbc.sql("""
                        select string_agg(ca.grade || ' ' || ca.score || ' ' || ca.assessed_by, ', ' order by ca.assessed_at desc, ca.id desc)
                        from confidence_assessment ca join deal d on d.id = ca.deal_id
                        where d.slug = 'microsoft-mistral-ai-partnership'""").query(String.class).single())
                .isEqualTo("B/C 0.72 admin, A 0.94 Dealtrace demo data, A/B 0.80 Dealtrace demo data");
        assertThat(mvc.get().uri(DEAL + "/sources").with(As.ANALYST.user()).exchange()).bodyText()
                .contains("72 %", "Downgraded for the test.", "94 %", "80 %");
        assertThat(mvc.get().uri(DEAL + "/history").with(As.ANALYST.user()).exchange()).bodyText()
                .contains("Graded B/C (0.72)", "0.94");
    }

    @Test
    void aGradeNeedsAScoreBetweenZeroAndOneAndARationale() {
        var result = mvc.post().uri(DEAL + "/grade").param("score", "1.5").param("rationale", " ")
                .with(csrf()).with(As.ADMIN.user()).exchange();

        assertThat(result).hasStatus(422).bodyText()
                .contains("A score is at most 1.00.", "Explain the grade: the rationale is kept with it.", "value=\"1.5\"");
        assertThat(jdbc.sql("select count(*) from confidence_assessment").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aScoreTakesADecimalCommaAsWellAsAPointInEitherLanguage() {
        assertThat(mvc.post().uri(DEAL + "/grade").param("score", "0,72").param("rationale", "Comma in English.")
                .with(csrf()).with(As.ADMIN.user()).exchange()).hasStatus3xxRedirection();
        assertThat(mvc.post().uri(DEAL + "/grade").param("score", " 0.73 ").param("rationale", "Point in Spanish.")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "es").with(csrf()).with(As.ADMIN.user()).exchange())
                .hasStatus3xxRedirection();

        assertThat(jdbc.sql("""
                        select string_agg(score::text, ' ' order by ca.id) from confidence_assessment ca
                        where ca.assessed_by = 'admin'""").query(String.class).single()).isEqualTo("0.72 0.73");
    }

    @Test
    void theGradeFormShowsTheSuggestedScoreWithTheReadersSeparator() {
        assertThat(mvc.get().uri(DEAL + "/sources").header(HttpHeaders.ACCEPT_LANGUAGE, "es").with(As.ADMIN.user())
                .exchange()).bodyText().contains("id=\"score\" name=\"score\" value=\"0,98\"", "Puntuación (0,00–1,00)");
        assertThat(mvc.get().uri(DEAL + "/sources").with(As.ADMIN.user()).exchange()).bodyText()
                .contains("id=\"score\" name=\"score\" value=\"0.98\"");
    }

    @Test
    void aScoreThatIsNotADecimalIsRefusedBesideItsFieldAndKeptAsTyped() {
        assertThat(mvc.post().uri(DEAL + "/grade").param("score", "0,9,4").param("rationale", "Junk score.")
                .with(csrf()).with(As.ADMIN.user()).exchange()).hasStatus(422).bodyText()
                .contains("Give a score between 0.00 and 1.00, such as 0.94.", "value=\"0,9,4\"");
        assertThat(mvc.post().uri(DEAL + "/grade").param("score", "1,500.00").param("rationale", "Junk score.")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "es").with(csrf()).with(As.ADMIN.user()).exchange())
                .hasStatus(422).bodyText()
                .contains("Indique una puntuación entre 0,00 y 1,00, como 0,94.", "value=\"1,500.00\"");
        assertThat(mvc.post().uri(DEAL + "/grade").param("score", "1,5").param("rationale", "Too high.")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "es").with(csrf()).with(As.ADMIN.user()).exchange())
                .hasStatus(422).bodyText().contains("Una puntuación es como máximo 1,00.", "value=\"1,5\"");
        assertThat(jdbc.sql("select count(*) from confidence_assessment").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void weightsTakeADecimalCommaAndRefuseJunkBesideTheField() {
        assertThat(mvc.post().uri("/admin/weights").param("low", "0,55").param("medium", "0.25").param("high", ",05")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "es").with(csrf()).with(As.ADMIN.user()).exchange())
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("select concat_ws(', ', low, medium, high) from grading_policy order by version desc limit 1")
                .query(String.class).single()).isEqualTo("0.55, 0.25, 0.05");
        assertThat(mvc.get().uri("/admin/weights").header(HttpHeaders.ACCEPT_LANGUAGE, "es").with(As.ADMIN.user())
                .exchange()).bodyText().contains("value=\"0,55\"", "value=\"0,05\"");

        assertThat(mvc.post().uri("/admin/weights").param("low", "0,5,5").param("medium", "0.25").param("high", "0.05")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "es").with(csrf()).with(As.ADMIN.user()).exchange())
                .hasStatus(422).bodyText().contains("Indique un peso entre 0,00 y 1,00, como 0,60.", "value=\"0,5,5\"");
    }

    @Test
    void anonymousReadersSeeTheGradeButNotTheRationaleOrHistory() {
        assertThat(mvc.get().uri(DEAL + "/sources").with(As.ANONYMOUS.user()).exchange()).bodyText()
                .contains("94 %", "The rationale and the grading history are for members")
                .doesNotContain("Partnership, launch and regulatory outcome are each backed", "80 %", "Grade this deal");
        assertThat(mvc.get().uri(DEAL + "/sources").with(As.EDITOR.user()).exchange()).bodyText()
                .contains("Partnership, launch and regulatory outcome are each backed").doesNotContain("Grade this deal");
        assertThat(mvc.get().uri(DEAL + "/sources").with(As.ADMIN.user()).exchange()).bodyText().contains("Grade this deal");
    }

    @Test
    void tunedWeightsChangeTheSuggestedScore() {
        var result = mvc.post().uri("/admin/weights").param("low", "0.50").param("medium", "0.10").param("high", "0.05")
                .with(csrf()).with(As.ADMIN.user()).exchange();

        assertThat(result).hasStatus3xxRedirection();
        // 1 − 0.5³ × 0.9³ = 0.908875
        assertThat(mvc.get().uri(DEAL + "/sources").exchange()).bodyText().contains("1 − (1 − 0.50)³ × (1 − 0.10)³ = 0.91");
        assertThat(mvc.post().uri("/admin/weights").param("low", "2").param("medium", "x").param("high", "")
                .with(csrf()).with(As.ADMIN.user()).exchange()).hasStatus(422).bodyText()
                .contains("A weight is at most 1.00.", "Give a weight between 0.00 and 1.00.");
    }
}
