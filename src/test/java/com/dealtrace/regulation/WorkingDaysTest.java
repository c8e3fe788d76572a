package com.dealtrace.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The working-day arithmetic against deadlines the CMA and the Commission published. */
class WorkingDaysTest {

    /** England and Wales bank holidays in the periods below. */
    private static final WorkingDays CMA = new WorkingDays(Set.of(LocalDate.of(2022, 8, 29), LocalDate.of(2024, 5, 27),
            LocalDate.of(2024, 8, 26)));

    /** Commission holidays of autumn 2022: All Saints' and All Souls' Day. */
    private static final WorkingDays EC = new WorkingDays(Set.of(LocalDate.of(2022, 11, 1), LocalDate.of(2022, 11, 2)));

    @Test
    void cmaPhase1OfMicrosoftActivisionEndedOnFirstSeptember2022() {
        // formal start 6 July 2022; the statutory deadline the CMA gave was 1 September 2022 (29 August a bank holiday)
        assertThat(CMA.after(LocalDate.of(2022, 7, 6), Phase.CMA_PHASE_1.workingDays(false)))
                .isEqualTo(LocalDate.of(2022, 9, 1));
    }

    @Test
    void cmaPhase1OfMicrosoftInflectionEndedOnEleventhSeptember2024() {
        // formal start 16 July 2024, statutory deadline 11 September 2024
        assertThat(CMA.after(LocalDate.of(2024, 7, 16), 40)).isEqualTo(LocalDate.of(2024, 9, 11));
    }

    @Test
    void ecPhase1OfMicrosoftActivisionEndedOnEighthNovember2022() {
        // notified 30 September 2022, provisional deadline 8 November 2022 (1 and 2 November Commission holidays)
        assertThat(EC.after(LocalDate.of(2022, 9, 30), Phase.EC_PHASE_1.workingDays(false)))
                .isEqualTo(LocalDate.of(2022, 11, 8));
    }

    @Test
    void commitmentsLengthenEcPhase1ToThirtyFiveWorkingDays() {
        assertThat(Phase.EC_PHASE_1.workingDays(true)).isEqualTo(35);
        assertThat(EC.after(LocalDate.of(2022, 9, 30), 35)).isEqualTo(LocalDate.of(2022, 11, 22));
    }

    @Test
    void ecPhase2RunsNinetyWorkingDaysAndPhasesWithoutAStatuteNone() {
        assertThat(Phase.EC_PHASE_2.workingDays(false)).isEqualTo(90);
        assertThat(Phase.CMA_INVITATION_TO_COMMENT.hasClock()).isFalse();
        assertThat(Phase.FTC_6B_STUDY.hasClock()).isFalse();
    }

    @Test
    void aClockStartingOnAFridayCountsFromMonday() {
        var none = new WorkingDays(Set.of());
        assertThat(none.after(LocalDate.of(2024, 5, 3), 1)).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(none.after(LocalDate.of(2024, 5, 4), 5)).isEqualTo(LocalDate.of(2024, 5, 10));
    }

    @Test
    void workingDaysLeftAreZeroOnTheDeadlineAndNegativeAfterIt() {
        var deadline = LocalDate.of(2022, 9, 1);
        assertThat(CMA.between(LocalDate.of(2022, 8, 26), deadline)).isEqualTo(3);
        assertThat(CMA.between(deadline, deadline)).isZero();
        assertThat(CMA.between(LocalDate.of(2022, 9, 5), deadline)).isEqualTo(-2);
    }

    @Test
    void aClockOfNoDaysIsRefused() {
        assertThatThrownBy(() -> CMA.after(LocalDate.of(2024, 1, 1), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
