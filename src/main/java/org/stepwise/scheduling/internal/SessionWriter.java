package org.stepwise.scheduling.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.scheduling.Modality;
import org.stepwise.scheduling.NewSession;
import org.stepwise.scheduling.SessionId;

/** Writes sessions (table {@code session}); reading is {@link SessionStore}'s. */
@Repository
public class SessionWriter {

    /** A session type's defaults. */
    public record TypeDefaults(UUID id, int minutes, int cap, Modality modality, BigDecimal countedHours) {}

    private final JdbcClient jdbc;

    SessionWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TypeDefaults> type(String code) {
        return jdbc.sql("SELECT id, duration_minutes, cap, modality, counted_hours FROM session_type WHERE code = ? AND active")
                .param(code)
                .query((rs, n) -> new TypeDefaults(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3),
                        Modality.valueOf(rs.getString(4)), rs.getBigDecimal(5)))
                .optional();
    }

    public Optional<String> timezone(UUID site) {
        return jdbc.sql("SELECT timezone FROM site WHERE id = ?").param(site).query(String.class).optional();
    }

    public Optional<Integer> roomCapacity(UUID room) {
        return jdbc.sql("SELECT capacity FROM room WHERE id = ?").param(room).query(Integer.class).optional();
    }

    /**
     * Inserts the session unless its template block already has one at that time (generating a week twice adds
     * nothing); returns the id of the session at that block and time either way.
     */
    public SessionId insert(NewSession s, TypeDefaults type, int cap, Modality modality, ZoneId zone, Instant now) {
        Instant starts = s.localStart().atZone(zone).toInstant();
        Instant ends = s.localStart().plusMinutes(type.minutes()).atZone(zone).toInstant();
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                INSERT INTO session (id, session_type_id, track_id, block_id, site_id, room_id, facilitator_id, title,
                    week_start, starts_at, ends_at, cap, modality, status, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', ?)
                ON CONFLICT (block_id, starts_at) DO NOTHING""")
                .params(id, type.id(), s.track() == null ? null : s.track().value(), s.block(), s.site().value(),
                        s.room() == null ? null : s.room().value(), s.facilitator().value(), s.title(),
                        IsoWeek.containing(s.localStart().toLocalDate()).monday(), SessionStore.timestamp(starts),
                        SessionStore.timestamp(ends), cap, modality.name(), SessionStore.timestamp(now))
                .update();
        if (inserted == 1) {
            return new SessionId(id);
        }
        return new SessionId(jdbc.sql("SELECT id FROM session WHERE block_id = ? AND starts_at = ?")
                .params(s.block(), SessionStore.timestamp(starts))
                .query(UUID.class)
                .single());
    }

}
