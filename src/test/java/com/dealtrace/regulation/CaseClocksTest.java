package com.dealtrace.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

/** Regulators' clocks: phases of a case, their statutory deadlines in working days, the timetable and the home page. */
@DealtraceTest
@Transactional
class CaseClocksTest {

    private static final String CMA = "/cases/cma-microsoft-mistral-ai";
    private static final String EC = "/cases/ec-microsoft-mistral-ai-monitoring";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoCmaCaseShowsItsInvitationToCommentAndItsDecisionWithTodayMarked() {
        assertThat(get(CMA, As.ANONYMOUS)).hasStatusOk().bodyText()
                .contains("Timetable", "CMA invitation to comment", "<time datetime=\"2024-04-24\">24 Apr 2024</time>",
                        "<time datetime=\"2024-05-17\">17 May 2024</time>", "Decision (CMA invitation to comment)",
                        "class=\"mark today\"", "<strong>Today</strong>")
                .doesNotContain("Statutory deadline");
    }

    @Test
    void aCmaPhase1EndsFortyWorkingDaysAfterItsFormalStartSkippingEnglishBankHolidays() {
        // Microsoft / Inflection: formal start 16 July 2024, deadline 11 September 2024 (26 August a bank holiday)
        assertThat(post(CMA + "/phases/new", "phase", "CMA_PHASE_1", "startedOn", "2024-07-16", "decidedOn", "2024-09-04"))
                .hasStatus3xxRedirection().hasRedirectedUrl(CMA);

        assertThat(jdbc.sql("select deadline_on from case_phase where phase = 'CMA_PHASE_1'").query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2024, 9, 11));
        assertThat(get(CMA, As.ANONYMOUS)).bodyText()
                .contains("Statutory deadline (CMA Phase 1, 40 working days)", "<time datetime=\"2024-09-11\">",
                        "decided before it");
    }

    @Test
    void anEcPhase1SkipsTheCommissionsHolidaysAndRunsLongerWithRemedies() {
        // notified Friday 26 April 2024: 1, 9, 10 and 20 May are Commission holidays
        assertThat(post(EC + "/phases/new", "phase", "EC_PHASE_1", "startedOn", "2024-04-26")).hasStatus3xxRedirection();
        assertThat(deadline()).isEqualTo(LocalDate.of(2024, 6, 6));

        long id = jdbc.sql("select id from case_phase where phase = 'EC_PHASE_1'").query(Long.class).single();
        assertThat(post(EC + "/phases/" + id + "/edit", "phase", "EC_PHASE_1", "startedOn", "2024-04-26", "remedies", "true",
                "version", "0")).hasStatus3xxRedirection();
        assertThat(deadline()).isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(jdbc.sql("select count(*) from change_log where entity = 'CASE' and summary like '%phase%'")
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aDeadlinePassedWithoutADecisionIsFlaggedOnTheCaseAndHomePages() {
        assertThat(post(EC + "/phases/new", "phase", "EC_PHASE_1", "startedOn", "2024-04-26")).hasStatus3xxRedirection();

        assertThat(get(EC, As.ANONYMOUS)).bodyText().contains("class=\"overdue-flag\"", "without a decision");
        assertThat(get("/", As.ANONYMOUS)).bodyText()
                .contains("Next regulatory deadlines", "<time datetime=\"2024-06-06\">6 Jun 2024</time>",
                        "EC Phase 1", "passed without a decision");
        assertThat(get("/?lang=es", As.ANONYMOUS)).bodyText().contains("Próximos plazos regulatorios", "vencido sin decisión");
    }

    @Test
    void aRunningClockCountsDownInWorkingAndCalendarDays() {
        var today = LocalDate.now(ZoneOffset.UTC);
        assertThat(post(EC + "/phases/new", "phase", "EC_PHASE_2", "startedOn", today.toString())).hasStatus3xxRedirection();

        var deadline = deadline();
        assertThat(get(EC, As.ANONYMOUS)).bodyText().contains("90 working days left (" + (deadline.toEpochDay() - today.toEpochDay()) + " calendar days)");
        assertThat(get("/", As.ANONYMOUS)).bodyText().contains("in " + (deadline.toEpochDay() - today.toEpochDay()) + " days");
    }

    @Test
    void aPhaseWithMistakesComesBackWithEachErrorBesideItsFieldAndNothingSaved() {
        assertThat(post(EC + "/phases/new", "phase", "EC_PHASE_9", "startedOn", "26/04/2024", "decidedOn", "2999-01-01"))
                .hasStatus(422).bodyText()
                .contains("value=\"26/04/2024\"", "A decision cannot lie in the future.");
        assertThat(post(EC + "/phases/new", "phase", "EC_PHASE_1", "startedOn", "2024-05-10", "decidedOn", "2024-05-01"))
                .hasStatus(422).bodyText()
                .contains("The decision cannot come before the phase started.", "value=\"2024-05-10\"");
        assertThat(post(EC + "/phases/new", "startedOn", "")).hasStatus(422).bodyText()
                .contains("Choose the phase.", "Give the day the phase started.");
        assertThat(jdbc.sql("select count(*) from case_phase where phase <> 'CMA_INVITATION_TO_COMMENT'").query(Integer.class).single()).isZero();
    }

    @Test
    void onlyEditorsChangePhases() {
        assertThat(mvc.post().uri(EC + "/phases/new").with(csrf()).with(As.ANALYST.user()).param("phase", "EC_PHASE_1")
                .param("startedOn", "2024-04-26").exchange()).hasStatus(403);
        assertThat(get(EC + "/phases/new", As.ANALYST)).hasStatus(403);
        assertThat(get(EC + "/phases/new", As.EDITOR)).hasStatusOk().bodyText().contains("Add a phase");
        assertThat(get(EC + "/phases/999999/edit", As.EDITOR)).hasStatus(404);
    }

    @Test
    void aPhaseIsRemovedWithItsDeadline() {
        post(EC + "/phases/new", "phase", "EC_PHASE_1", "startedOn", "2024-04-26");
        long id = jdbc.sql("select id from case_phase where phase = 'EC_PHASE_1'").query(Long.class).single();

        assertThat(post(EC + "/phases/" + id + "/delete")).hasStatus3xxRedirection();
        assertThat(get(EC, As.ANONYMOUS)).bodyText().contains("No phase of this case is recorded yet.");
    }

    private LocalDate deadline() {
        return jdbc.sql("select deadline_on from case_phase where case_id = (select id from regulatory_case where slug = 'ec-microsoft-mistral-ai-monitoring')")
                .query(LocalDate.class).single();
    }

    private MvcTestResult post(String url, String... fields) {
        var request = mvc.post().uri(url).with(csrf()).with(As.EDITOR.user());
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }

    private MvcTestResult get(String url, As as) {
        return mvc.get().uri(url).with(as.user()).exchange();
    }
}
