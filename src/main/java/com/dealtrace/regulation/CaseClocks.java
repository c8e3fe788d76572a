package com.dealtrace.regulation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regulators' statutory clocks: the deadline a phase's start gives, counted in its regulator's working days, and how
 * much of it is left on a day. The holidays live in {@code regulator_holiday} (a migration adds a year) and are read
 * once per instance.
 */
@Service
public class CaseClocks {

    private static final Logger log = LoggerFactory.getLogger(CaseClocks.class);

    private final PhaseQueries queries;
    private final Clock clock;
    private volatile Map<String, Set<LocalDate>> holidays;

    CaseClocks(PhaseQueries queries) {
        this.queries = queries;
        this.clock = Clock.systemUTC();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The working days of a phase's regulator (weekends only for a phase without a calendar). */
    WorkingDays workingDays(Phase phase) {
        var known = holidays;
        if (known == null) {
            known = queries.holidays();
            holidays = known;
        }
        return new WorkingDays(phase.calendar() == null ? Set.of() : known.getOrDefault(phase.calendar(), Set.of()));
    }

    /** The statutory deadline of a phase started on a day, null for a phase the law sets none for. */
    public LocalDate deadline(Phase phase, LocalDate startedOn, boolean remedies) {
        return phase.hasClock() && startedOn != null ? workingDays(phase).after(startedOn, phase.workingDays(remedies)) : null;
    }

    /** The case's phases with what is left of each clock today, and its dated marks. */
    @Transactional(readOnly = true)
    public Timetable timetable(long caseId) {
        var today = today();
        List<PhaseLine> lines = queries.forCase(caseId).stream().map(p -> line(p, today)).toList();
        return Timetable.of(lines, today);
    }

    PhaseLine line(PhaseQueries.PhaseRow p, LocalDate today) {
        boolean counting = p.deadline() != null && p.decidedOn() == null;
        return new PhaseLine(p.id(), p.phase(), p.startedOn(), p.remedies(), p.deadline(), p.decidedOn(),
                counting ? workingDays(p.phase()).between(today, p.deadline()) : null,
                counting ? (int) ChronoUnit.DAYS.between(today, p.deadline()) : null);
    }

    /**
     * Counts the deadlines of running phases again at start-up, so that holidays added by a later migration (a new
     * year) move the deadlines they fall before.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void recountRunningDeadlines() {
        int moved = 0;
        for (var p : queries.running()) {
            var deadline = deadline(p.phase(), p.startedOn(), p.remedies());
            if (deadline != null && !deadline.equals(p.deadline())) {
                queries.setDeadline(p.id(), deadline);
                moved++;
            }
        }
        if (moved > 0) {
            log.info("Counted {} statutory deadlines again with the holidays now known", moved);
        }
    }
}
