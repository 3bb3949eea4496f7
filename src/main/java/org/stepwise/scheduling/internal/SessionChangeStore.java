package org.stepwise.scheduling.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionView;
import org.stepwise.shared.RoomId;
import org.stepwise.shared.StaffId;

/**
 * One-off changes to dated sessions (cancel, substitute, room, time), each guarded by the session's version, and the
 * clash queries the changes and week generation check first.
 */
@Repository
public class SessionChangeStore {

    private final JdbcClient jdbc;
    private final SessionStore sessions;

    SessionChangeStore(JdbcClient jdbc, SessionStore sessions) {
        this.jdbc = jdbc;
        this.sessions = sessions;
    }

    /**
     * Scheduled sessions (not cancelled) other than {@code except} that overlap {@code [from, to)} and share the
     * facilitator or the room.
     */
    public List<SessionView> clashes(@Nullable StaffId facilitator, @Nullable RoomId room, Instant from, Instant to,
            @Nullable SessionId except) {
        return jdbc.sql("""
                SELECT id FROM session
                WHERE status = 'SCHEDULED' AND starts_at < ? AND ends_at > ?
                  AND id IS DISTINCT FROM CAST(? AS uuid)
                  AND (facilitator_id = CAST(? AS uuid) OR room_id = CAST(? AS uuid))
                ORDER BY starts_at""")
                .params(SessionStore.timestamp(to), SessionStore.timestamp(from),
                        except == null ? null : except.value().toString(),
                        facilitator == null ? null : facilitator.value().toString(),
                        room == null ? null : room.value().toString())
                .query(UUID.class).list().stream()
                .map(id -> sessions.find(new SessionId(id)).orElseThrow())
                .toList();
    }

    /** The template blocks that already have a session in the week (however it was changed since). */
    public Set<UUID> blocksWithSessions(IsoWeek week) {
        return jdbc.sql("SELECT DISTINCT block_id FROM session WHERE week_start = ? AND block_id IS NOT NULL")
                .param(week.monday()).query(UUID.class).list().stream().collect(Collectors.toSet());
    }

    public boolean cancel(SessionId id, int version, String reason) {
        return jdbc.sql("""
                UPDATE session SET status = 'CANCELLED', cancel_reason = ?, version = version + 1
                WHERE id = ? AND version = ? AND status = 'SCHEDULED'""")
                .params(reason, id.value(), version).update() == 1;
    }

    public boolean facilitator(SessionId id, int version, StaffId facilitator) {
        return jdbc.sql("UPDATE session SET facilitator_id = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(facilitator.value(), id.value(), version).update() == 1;
    }

    public boolean room(SessionId id, int version, RoomId room) {
        return jdbc.sql("UPDATE session SET room_id = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(room.value(), id.value(), version).update() == 1;
    }

    public boolean time(SessionId id, int version, Instant starts, Instant ends, LocalDate weekStart) {
        return jdbc.sql("""
                UPDATE session SET starts_at = ?, ends_at = ?, week_start = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(SessionStore.timestamp(starts), SessionStore.timestamp(ends), weekStart, id.value(), version)
                .update() == 1;
    }
}
