package com.dealtrace.regulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A case's phases, and their dates in order with today marked among them. */
public record Timetable(List<PhaseLine> phases, List<Mark> marks, LocalDate today) {

    public enum MarkKind {
        STARTED, DEADLINE, DECIDED, TODAY
    }

    /** A dated line of the timetable: a phase starting, its deadline, its decision, or today (phase null). */
    public record Mark(LocalDate date, MarkKind kind, PhaseLine phase) {

        public boolean isPast(LocalDate today) {
            return date.isBefore(today);
        }
    }

    static Timetable of(List<PhaseLine> phases, LocalDate today) {
        List<Mark> marks = new ArrayList<>();
        for (var phase : phases) {
            marks.add(new Mark(phase.startedOn(), MarkKind.STARTED, phase));
            if (phase.deadline() != null) {
                marks.add(new Mark(phase.deadline(), MarkKind.DEADLINE, phase));
            }
            if (phase.decidedOn() != null) {
                marks.add(new Mark(phase.decidedOn(), MarkKind.DECIDED, phase));
            }
        }
        if (!phases.isEmpty()) {
            marks.add(new Mark(today, MarkKind.TODAY, null));
        }
        // by date; on one day what happened comes before today's mark, a deadline due today after it
        marks.sort(Comparator.comparing(Mark::date).thenComparing(m -> switch (m.kind()) {
            case STARTED -> 0;
            case DECIDED -> 1;
            case TODAY -> 2;
            case DEADLINE -> 3;
        }));
        return new Timetable(phases, List.copyOf(marks), today);
    }
}
