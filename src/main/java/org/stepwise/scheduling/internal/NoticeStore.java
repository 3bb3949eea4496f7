package org.stepwise.scheduling.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionNotice;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/** Notices of changes to sessions, one per person told (table {@code session_notice}). */
@Repository
public class NoticeStore {

    /** One change as the session's history shows it: the message and how many people were told. */
    public record Sent(String message, Instant at, String by, int clients, int staff) {}

    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(SessionId session, @Nullable ClientId client, @Nullable StaffId staff, String message,
            Instant at, String by) {
        jdbc.sql("""
                INSERT INTO session_notice (id, session_id, client_id, staff_id, message, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), session.value(), client == null ? null : client.value(),
                        staff == null ? null : staff.value(), message, SessionStore.timestamp(at), by)
                .update();
    }

    /** The session's changes, newest first. */
    public List<Sent> history(SessionId session) {
        return jdbc.sql("""
                SELECT message, created_at, created_by, count(client_id) AS clients, count(staff_id) AS staff
                FROM session_notice WHERE session_id = ?
                GROUP BY message, created_at, created_by
                ORDER BY created_at DESC, message""")
                .param(session.value())
                .query((rs, n) -> new Sent(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3), rs.getInt(4), rs.getInt(5)))
                .list();
    }

    public List<SessionNotice> forStaff(StaffId staff, int limit) {
        return jdbc.sql("""
                SELECT id, session_id, message, created_at, read_at FROM session_notice
                WHERE staff_id = ? ORDER BY created_at DESC LIMIT ?""")
                .params(staff.value(), limit).query(NoticeStore::map).list();
    }

    public List<SessionNotice> forClient(ClientId client, int limit) {
        return jdbc.sql("""
                SELECT id, session_id, message, created_at, read_at FROM session_notice
                WHERE client_id = ? ORDER BY created_at DESC LIMIT ?""")
                .params(client.value(), limit).query(NoticeStore::map).list();
    }

    public long unread(StaffId staff) {
        return jdbc.sql("SELECT count(*) FROM session_notice WHERE staff_id = ? AND read_at IS NULL")
                .param(staff.value()).query(Long.class).single();
    }

    /** Marks the staff member's notices created up to {@code upTo} as read; returns how many. */
    public int markRead(StaffId staff, Instant upTo, Instant at) {
        return jdbc.sql("""
                UPDATE session_notice SET read_at = ?
                WHERE staff_id = ? AND read_at IS NULL AND created_at <= ?""")
                .params(SessionStore.timestamp(at), staff.value(), SessionStore.timestamp(upTo)).update();
    }

    private static SessionNotice map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        OffsetDateTime read = rs.getObject("read_at", OffsetDateTime.class);
        return new SessionNotice(rs.getObject("id", UUID.class), new SessionId(rs.getObject("session_id", UUID.class)),
                rs.getString("message"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                read == null ? null : read.toInstant());
    }
}
