package org.stepwise.alumni.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.scheduling.SessionId;
import org.stepwise.shared.ProgramId;

/** Weekly alumni groups and their dated sessions (tables {@code alumni_group}, {@code alumni_session}). */
@Repository
public class AlumniGroupStore {

    /** An alumni session: which group and program it belongs to, and its local day. */
    public record AlumniSession(SessionId session, UUID group, ProgramId program, LocalDate day) {}

    private final JdbcClient jdbc;

    AlumniGroupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The group of this program at this site, weekday and time, made on first use and locked for the rest of the
     * transaction (two people scheduling the same group at once add each day once); the facilitator and room asked
     * for last are kept.
     */
    public UUID lockGroup(ProgramId program, UUID site, int weekday, LocalTime startsAt, @Nullable UUID room,
            UUID facilitator, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO alumni_group (id, program_id, site_id, weekday, starts_at, room_id, facilitator_id,
                    created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (program_id, site_id, weekday, starts_at) DO UPDATE
                   SET room_id = EXCLUDED.room_id, facilitator_id = EXCLUDED.facilitator_id""")
                .params(UUID.randomUUID(), program.value(), site, weekday, startsAt, room, facilitator, by,
                        Timestamp.from(at))
                .update();
        return jdbc.sql("""
                SELECT id FROM alumni_group WHERE program_id = ? AND site_id = ? AND weekday = ? AND starts_at = ?
                   FOR UPDATE""")
                .params(program.value(), site, weekday, startsAt).query(UUID.class).single();
    }

    /** The days among {@code days} on which the group has a session already. */
    public Set<LocalDate> daysScheduled(UUID group, Collection<LocalDate> days) {
        if (days.isEmpty()) {
            return Set.of();
        }
        LocalDate first = days.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = days.stream().max(LocalDate::compareTo).orElseThrow();
        return jdbc.sql("SELECT day FROM alumni_session WHERE group_id = ? AND day BETWEEN ? AND ?")
                .params(group, first, last).query(LocalDate.class).list().stream().filter(days::contains)
                .collect(Collectors.toSet());
    }

    public void addSession(SessionId session, UUID group, ProgramId program, LocalDate day) {
        jdbc.sql("INSERT INTO alumni_session (session_id, group_id, program_id, day) VALUES (?, ?, ?, ?)")
                .params(session.value(), group, program.value(), day).update();
    }

    public Optional<AlumniSession> find(SessionId session) {
        return jdbc.sql("SELECT session_id, group_id, program_id, day FROM alumni_session WHERE session_id = ?")
                .param(session.value())
                .query((rs, n) -> new AlumniSession(new SessionId(rs.getObject(1, UUID.class)),
                        rs.getObject(2, UUID.class), new ProgramId(rs.getObject(3, UUID.class)),
                        rs.getObject(4, LocalDate.class)))
                .optional();
    }

    /** Alumni sessions from {@code from} to {@code to}, both included, of one program or (null) all. */
    public List<AlumniSession> between(LocalDate from, LocalDate to, @Nullable ProgramId program) {
        UUID p = program == null ? null : program.value();
        return jdbc.sql("""
                SELECT session_id, group_id, program_id, day FROM alumni_session
                 WHERE day BETWEEN ? AND ? AND (CAST(? AS uuid) IS NULL OR program_id = ?) ORDER BY day""")
                .params(from, to, p, p)
                .query((rs, n) -> new AlumniSession(new SessionId(rs.getObject(1, UUID.class)),
                        rs.getObject(2, UUID.class), new ProgramId(rs.getObject(3, UUID.class)),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }

    /** Per client of the program: the last alumni group attended and how many since {@code since}. */
    public Map<UUID, Attended> attendedByClient(ProgramId program, LocalDate since) {
        return jdbc.sql("""
                SELECT a.client_id, max(s.day), count(*) FILTER (WHERE s.day >= ?)
                  FROM alumni_attendance a JOIN alumni_session s ON s.session_id = a.session_id
                 WHERE a.attended AND s.program_id = ?
                 GROUP BY a.client_id""")
                .params(since, program.value())
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class),
                        new Attended(rs.getObject(2, LocalDate.class), rs.getInt(3))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The last alumni group a client came to and how many they came to recently. */
    public record Attended(LocalDate last, int recent) {}
}
