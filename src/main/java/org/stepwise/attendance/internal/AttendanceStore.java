package org.stepwise.attendance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.attendance.AttendanceRecord;
import org.stepwise.attendance.AttendanceStatus;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.scheduling.SessionId;
import org.stepwise.shared.ClientId;

/** Attendance records (table {@code attendance}). */
@Repository
public class AttendanceStore {

    private static final String COLUMNS = """
            a.id, a.session_id, a.client_id, a.episode_id, a.status, a.minutes_attended, a.attended_hours,
            a.recorded_by, a.recorded_at, a.version""";

    private final JdbcClient jdbc;

    AttendanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the record unless the client already has one for the session; true when this call stored it. A
     * concurrent insert of the same client and session waits for the other transaction and then stores nothing.
     */
    public boolean insertIfAbsent(AttendanceRecord r) {
        return jdbc.sql("""
                INSERT INTO attendance (id, session_id, client_id, episode_id, status, minutes_attended, attended_hours,
                    recorded_by, recorded_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                ON CONFLICT (session_id, client_id) DO NOTHING""")
                .params(r.id(), r.session().value(), r.client().value(), r.episode().value(), r.status().name(),
                        r.minutesAttended(), r.attendedHours(), r.recordedBy(), timestamp(r.recordedAt()))
                .update() == 1;
    }

    /** The client's record for the session, locked until the transaction ends. */
    public Optional<AttendanceRecord> lock(SessionId session, ClientId client) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attendance a WHERE a.session_id = ? AND a.client_id = ? FOR UPDATE")
                .params(session.value(), client.value())
                .query(AttendanceStore::map)
                .optional();
    }

    /** Writes a correction of the record read at {@code expectedVersion}; false when it changed since. */
    public boolean update(AttendanceRecord r, int expectedVersion) {
        return jdbc.sql("""
                UPDATE attendance SET status = ?, minutes_attended = ?, attended_hours = ?, recorded_by = ?,
                    recorded_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(r.status().name(), r.minutesAttended(), r.attendedHours(), r.recordedBy(),
                        timestamp(r.recordedAt()), r.id(), expectedVersion)
                .update() == 1;
    }

    public Optional<AttendanceRecord> find(SessionId session, ClientId client) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attendance a WHERE a.session_id = ? AND a.client_id = ?")
                .params(session.value(), client.value())
                .query(AttendanceStore::map)
                .optional();
    }

    public List<AttendanceRecord> forSession(SessionId session) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attendance a WHERE a.session_id = ?")
                .param(session.value())
                .query(AttendanceStore::map)
                .list();
    }

    /** The client's records for sessions of the week. */
    public List<AttendanceRecord> forClientInWeek(ClientId client, IsoWeek week) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attendance a JOIN session s ON s.id = a.session_id "
                        + "WHERE a.client_id = ? AND s.week_start = ?")
                .params(client.value(), week.monday())
                .query(AttendanceStore::map)
                .list();
    }

    /** The client's records for the given sessions. */
    public List<AttendanceRecord> forClientSessions(ClientId client, Collection<SessionId> sessions) {
        if (sessions.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM attendance a WHERE a.client_id = :client AND a.session_id IN (:ids)")
                .param("client", client.value())
                .param("ids", sessions.stream().map(SessionId::value).toList())
                .query(AttendanceStore::map)
                .list();
    }

    /** How many records each of the sessions has (sessions without any are left out). */
    public Map<SessionId, Integer> recordedCounts(Collection<SessionId> sessions) {
        Map<SessionId, Integer> counts = new HashMap<>();
        if (sessions.isEmpty()) {
            return counts;
        }
        jdbc.sql("SELECT session_id, count(*) FROM attendance WHERE session_id IN (:ids) GROUP BY session_id")
                .param("ids", sessions.stream().map(SessionId::value).toList())
                .query((rs, n) -> counts.put(new SessionId(rs.getObject(1, UUID.class)), rs.getInt(2)))
                .list();
        return counts;
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static AttendanceRecord map(ResultSet rs, int row) throws SQLException {
        return new AttendanceRecord(rs.getObject("id", UUID.class), new SessionId(rs.getObject("session_id", UUID.class)),
                new ClientId(rs.getObject("client_id", UUID.class)), new EpisodeId(rs.getObject("episode_id", UUID.class)),
                AttendanceStatus.valueOf(rs.getString("status")), rs.getInt("minutes_attended"),
                rs.getBigDecimal("attended_hours"), rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getInt("version"));
    }
}
