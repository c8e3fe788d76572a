package com.dealtrace.regulation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.dealtrace.database.Rows;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind cases' phases and the regulators' holidays; every method is one statement. */
@Repository
class PhaseQueries {

    private final JdbcClient jdbc;

    PhaseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A phase as stored. */
    record PhaseRow(long id, long caseId, Phase phase, LocalDate startedOn, boolean remedies, LocalDate deadline,
            LocalDate decidedOn, int version) {
    }

    private static final String COLUMNS = "id, case_id, phase, started_on, remedies, deadline_on, decided_on, version";

    List<PhaseRow> forCase(long caseId) {
        return jdbc.sql("select " + COLUMNS + " from case_phase where case_id = :case order by started_on, id")
                .param("case", caseId)
                .query((rs, row) -> row(rs))
                .list();
    }

    Optional<PhaseRow> find(long caseId, long id) {
        return jdbc.sql("select " + COLUMNS + " from case_phase where case_id = :case and id = :id")
                .param("case", caseId)
                .param("id", id)
                .query((rs, row) -> row(rs))
                .optional();
    }

    /** Phases not decided yet, to count their deadlines again. */
    List<PhaseRow> running() {
        return jdbc.sql("select " + COLUMNS + " from case_phase where decided_on is null")
                .query((rs, row) -> row(rs))
                .list();
    }

    long insert(long caseId, Phase phase, LocalDate startedOn, boolean remedies, LocalDate deadline,
            LocalDate decidedOn) {
        return jdbc.sql("""
                        insert into case_phase (case_id, phase, started_on, remedies, deadline_on, decided_on)
                        values (:case, :phase, :startedOn, :remedies, :deadline, :decidedOn)
                        returning id""")
                .param("case", caseId)
                .param("phase", phase.name())
                .param("startedOn", startedOn)
                .param("remedies", remedies)
                .param("deadline", deadline)
                .param("decidedOn", decidedOn)
                .query(Long.class)
                .single();
    }

    /** Saves the phase if it is still at {@code version}; false if someone saved it since. */
    boolean update(long id, int version, Phase phase, LocalDate startedOn, boolean remedies, LocalDate deadline,
            LocalDate decidedOn) {
        return jdbc.sql("""
                        update case_phase set phase = :phase, started_on = :startedOn, remedies = :remedies,
                               deadline_on = :deadline, decided_on = :decidedOn, version = version + 1,
                               updated_at = now()
                        where id = :id and version = :version""")
                .param("id", id)
                .param("version", version)
                .param("phase", phase.name())
                .param("startedOn", startedOn)
                .param("remedies", remedies)
                .param("deadline", deadline)
                .param("decidedOn", decidedOn)
                .update() == 1;
    }

    void setDeadline(long id, LocalDate deadline) {
        jdbc.sql("update case_phase set deadline_on = :deadline where id = :id")
                .param("id", id)
                .param("deadline", deadline)
                .update();
    }

    void delete(long id) {
        jdbc.sql("delete from case_phase where id = :id").param("id", id).update();
    }

    /** Every regulator's holidays, by calendar. */
    Map<String, Set<LocalDate>> holidays() {
        Map<String, Set<LocalDate>> byCalendar = new HashMap<>();
        jdbc.sql("select calendar, day from regulator_holiday")
                .query((RowCallbackHandler) rs -> byCalendar.computeIfAbsent(rs.getString("calendar"), c -> new HashSet<>())
                        .add(Rows.date(rs, "day")));
        return byCalendar;
    }

    private static PhaseRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PhaseRow(rs.getLong("id"), rs.getLong("case_id"), Rows.enumOf(rs, "phase", Phase.class),
                Rows.date(rs, "started_on"), rs.getBoolean("remedies"), Rows.date(rs, "deadline_on"),
                Rows.date(rs, "decided_on"), rs.getInt("version"));
    }
}
