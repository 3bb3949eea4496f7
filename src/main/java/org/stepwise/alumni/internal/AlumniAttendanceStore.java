package org.stepwise.alumni.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.alumni.AlumniAttendanceRecord;
import org.stepwise.scheduling.SessionId;
import org.stepwise.shared.ClientId;

/** Who came to an alumni session (table {@code alumni_attendance}). */
@Repository
public class AlumniAttendanceStore {

    private final JdbcClient jdbc;

    AlumniAttendanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AlumniAttendanceRecord> forSession(SessionId session) {
        return jdbc.sql("SELECT * FROM alumni_attendance WHERE session_id = ?").param(session.value())
                .query(AlumniAttendanceStore::row).list();
    }

    /** The client's record for the session, locked for the rest of the transaction. */
    public Optional<AlumniAttendanceRecord> lock(SessionId session, ClientId client) {
        return jdbc.sql("SELECT * FROM alumni_attendance WHERE session_id = ? AND client_id = ? FOR UPDATE")
                .params(session.value(), client.value()).query(AlumniAttendanceStore::row).optional();
    }

    /** Inserts the first record; false when someone else's insert came first. */
    public boolean insert(SessionId session, ClientId client, boolean attended, String by, Instant at) {
        return jdbc.sql("""
                INSERT INTO alumni_attendance (session_id, client_id, attended, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(session.value(), client.value(), attended, by, Timestamp.from(at)).update() == 1;
    }

    public void update(SessionId session, ClientId client, boolean attended, String by, Instant at) {
        jdbc.sql("""
                UPDATE alumni_attendance SET attended = ?, recorded_by = ?, recorded_at = ?, version = version + 1
                 WHERE session_id = ? AND client_id = ?""")
                .params(attended, by, Timestamp.from(at), session.value(), client.value()).update();
    }

    private static AlumniAttendanceRecord row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AlumniAttendanceRecord(new SessionId(rs.getObject("session_id", UUID.class)),
                new ClientId(rs.getObject("client_id", UUID.class)), rs.getBoolean("attended"),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(), rs.getInt("version"));
    }
}
