package com.dealtrace.confidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** Two-person grading: proposals, a second admin's review, no self-confirmation (issue 11, item 8). */
@DealtraceTest
@Transactional
class TwoPersonGradingTest {

    private static final String DEAL = "/deals/microsoft-mistral-ai-partnership";
    private static final RequestPostProcessor SECOND_ADMIN = user("second-admin").roles("ADMIN");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void offByDefaultAGradeShowsAtOnce() {
        assertThat(jdbc.sql("select two_person from grading_setting").query(Boolean.class).single()).isFalse();

        grade("0.72", "Shown at once.");

        assertThat(status("Shown at once.")).isEqualTo("CONFIRMED");
        assertThat(mvc.get().uri(DEAL).exchange()).bodyText().contains("72 %");
    }

    @Test
    void withTheSettingOnAGradeIsOnlyProposedUntilASecondAdminConfirmsIt() {
        turnOn();

        assertThat(grade("0.72", "Needs a second look.")).hasStatus3xxRedirection();

        assertThat(status("Needs a second look.")).isEqualTo("PROPOSED");
        assertThat(mvc.get().uri(DEAL).exchange()).bodyText().contains("94 %").doesNotContain("72 %");
        assertThat(mvc.get().uri(DEAL + "/sources").with(As.ANONYMOUS.user()).exchange()).bodyText()
                .doesNotContain("72 %");
        assertThat(mvc.get().uri("/admin/proposals").with(As.ADMIN.user()).exchange()).bodyText()
                .contains("Needs a second look.", "proposed by admin");

        long id = id("Needs a second look.");
        assertThat(mvc.post().uri("/admin/proposals/" + id).param("decision", "CONFIRM").param("note", "Agreed.")
                .with(csrf()).with(SECOND_ADMIN).exchange()).hasStatus3xxRedirection();

        assertThat(status("Needs a second look.")).isEqualTo("CONFIRMED");
        assertThat(mvc.get().uri(DEAL).exchange()).bodyText().contains("72 %");
        assertThat(mvc.get().uri(DEAL + "/sources").with(As.ANALYST.user()).exchange()).bodyText()
                .contains("second-admin", "Agreed.");
        assertThat(mvc.get().uri("/admin/proposals").with(As.ADMIN.user()).exchange()).bodyText()
                .contains("No grade is waiting for review.");
    }

    @Test
    void nobodyConfirmsTheirOwnProposal() {
        turnOn();
        grade("0.50", "My own.");

        assertThat(mvc.post().uri("/admin/proposals/" + id("My own.")).param("decision", "CONFIRM").param("note", "Self.")
                .with(csrf()).with(As.ADMIN.user()).exchange()).hasStatus(422).bodyText()
                .contains("You proposed this grade: another admin confirms or rejects it.", "Self.");
        assertThat(status("My own.")).isEqualTo("PROPOSED");
    }

    @Test
    void aRejectionNeedsANoteAndKeepsTheOldGrade() {
        turnOn();
        grade("0.40", "Too low.");
        long id = id("Too low.");

        assertThat(mvc.post().uri("/admin/proposals/" + id).param("decision", "REJECT").param("note", " ")
                .with(csrf()).with(SECOND_ADMIN).exchange()).hasStatus(422).bodyText().contains("Give a note on your review.");
        assertThat(mvc.post().uri("/admin/proposals/" + id).param("decision", "MAYBE").param("note", "x")
                .with(csrf()).with(SECOND_ADMIN).exchange()).hasStatus(422);
        assertThat(status("Too low.")).isEqualTo("PROPOSED");

        assertThat(mvc.post().uri("/admin/proposals/" + id).param("decision", "REJECT").param("note", "The sources say more.")
                .with(csrf()).with(SECOND_ADMIN).exchange()).hasStatus3xxRedirection();
        assertThat(status("Too low.")).isEqualTo("REJECTED");
        assertThat(mvc.get().uri(DEAL).exchange()).bodyText().contains("94 %");
        assertThat(jdbc.sql("""
                        select count(*) from change_log c join change_log_field f on f.change_id = c.id
                        where c.entity = 'ASSESSMENT' and c.entity_id = ? and f.new_value = 'The sources say more.'""")
                .param(id).query(Integer.class).single()).isOne();
    }

    @Test
    void theDealListSortsAndShowsOnlyConfirmedGrades() {
        turnOn();
        grade("0.31", "Only a proposal.");

        assertThat(jdbc.sql("select grade_score from deal where slug = 'microsoft-mistral-ai-partnership'")
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("0.94");
        assertThat(mvc.get().uri("/deals").param("sort", "GRADE").exchange()).bodyText().doesNotContain("31 %");
    }

    private void turnOn() {
        assertThat(mvc.post().uri("/admin/grading").param("twoPerson", "true").with(csrf()).with(As.ADMIN.user())
                .exchange()).hasStatus3xxRedirection();
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult grade(String score, String rationale) {
        return mvc.post().uri(DEAL + "/grade").param("score", score).param("rationale", rationale)
                .with(csrf()).with(As.ADMIN.user()).exchange();
    }

    private String status(String rationale) {
        return jdbc.sql("select status from confidence_assessment where rationale = ?").param(rationale)
                .query(String.class).single();
    }

    private long id(String rationale) {
        return jdbc.sql("select id from confidence_assessment where rationale = ?").param(rationale)
                .query(Long.class).single();
    }
}
