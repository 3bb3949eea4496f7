package org.stepwise.measures.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.measures.MeasureSchedule;
import org.stepwise.measures.due.DiagnosisFilter;
import org.stepwise.measures.due.MeasureTiming;
import org.stepwise.shared.ProgramId;
import org.stepwise.shared.TrackId;

/** The measure schedules (table {@code measure_schedule}). */
@Repository
public class ScheduleStore {

    private static final String COLUMNS = "id, program_id, track_id, instrument, timing, diagnoses, "
            + "overdue_after_days, active, version";

    private final JdbcClient jdbc;

    ScheduleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every schedule, by program, track (whole program first) and instrument. */
    public List<MeasureSchedule> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM measure_schedule ORDER BY program_id, track_id NULLS FIRST, "
                + "instrument, timing, id").query(ScheduleStore::map).list();
    }

    public List<MeasureSchedule> active() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM measure_schedule WHERE active").query(ScheduleStore::map).list();
    }

    public Optional<MeasureSchedule> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM measure_schedule WHERE id = ?").param(id)
                .query(ScheduleStore::map).optional();
    }

    /** Stores a new schedule unless one with its id exists; true when this call stored it. */
    public boolean addIfNew(MeasureSchedule s, String by, Instant at) {
        OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        return jdbc.sql("""
                INSERT INTO measure_schedule (id, program_id, track_id, instrument, timing, diagnoses,
                    overdue_after_days, active, created_at, created_by, updated_at, updated_by, version)
                VALUES (?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, 0)
                ON CONFLICT (id) DO NOTHING""")
                .params(s.id(), s.program().value(), s.track() == null ? null : s.track().value(), s.instrument(),
                        s.timing().name(), s.forWhom().entries().toArray(String[]::new), s.overdueAfterDays(),
                        s.active(), when, by, when, by)
                .update() == 1;
    }

    /** Updates a schedule read at {@code version}; false when someone changed it since. */
    public boolean update(MeasureSchedule s, int version, String by, Instant at) {
        return jdbc.sql("""
                UPDATE measure_schedule SET program_id = ?, track_id = ?, instrument = ?, timing = ?,
                    diagnoses = ?::text[], overdue_after_days = ?, active = ?, updated_at = ?, updated_by = ?,
                    version = version + 1
                WHERE id = ? AND version = ?""")
                .params(s.program().value(), s.track() == null ? null : s.track().value(), s.instrument(),
                        s.timing().name(), s.forWhom().entries().toArray(String[]::new), s.overdueAfterDays(),
                        s.active(), OffsetDateTime.ofInstant(at, ZoneOffset.UTC), by, s.id(), version)
                .update() == 1;
    }

    private static MeasureSchedule map(ResultSet rs, int row) throws SQLException {
        UUID track = rs.getObject("track_id", UUID.class);
        return new MeasureSchedule(rs.getObject("id", UUID.class),
                new ProgramId(rs.getObject("program_id", UUID.class)), track == null ? null : new TrackId(track),
                rs.getString("instrument"), MeasureTiming.valueOf(rs.getString("timing")),
                new DiagnosisFilter(Arrays.asList((String[]) rs.getArray("diagnoses").getArray())),
                rs.getInt("overdue_after_days"), rs.getBoolean("active"), rs.getInt("version"));
    }
}
