package org.stepwise.attendance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.attendance.AttendanceAlert;
import org.stepwise.attendance.AttendanceAlertId;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.scheduling.SessionId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/** Attendance alerts and their make-up suggestions (tables {@code attendance_alert}, {@code attendance_alert_suggestion}). */
@Repository
public class AttendanceAlertStore {

    private static final String COLUMNS = """
            a.id, a.client_id, a.episode_id, a.kind, a.week_start, a.reason, a.opened_at, a.close_note, a.closed_by,
            a.closed_at, a.version""";

    private final JdbcClient jdbc;

    AttendanceAlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the alert and its suggestions unless the episode already has one of its kind for the same key; true
     * when this call stored it (a redelivered event or a second absence in the same week stores nothing).
     */
    public boolean insertIfNew(AttendanceAlert alert, String dedupeKey) {
        boolean inserted = jdbc.sql("""
                INSERT INTO attendance_alert (id, client_id, episode_id, kind, dedupe_key, week_start, reason, opened_at,
                    status, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', 0)
                ON CONFLICT (episode_id, kind, dedupe_key) DO NOTHING""")
                .params(alert.id().value(), alert.client().value(), alert.episode().value(), alert.kind().name(),
                        dedupeKey, alert.week().monday(), alert.reason(), AttendanceStore.timestamp(alert.openedAt()))
                .update() == 1;
        if (inserted) {
            int position = 1;
            for (SessionId session : alert.suggested()) {
                jdbc.sql("INSERT INTO attendance_alert_suggestion (alert_id, position, session_id) VALUES (?, ?, ?)")
                        .params(alert.id().value(), position++, session.value())
                        .update();
            }
        }
        return inserted;
    }

    /** Closes the alert read at {@code alert.version()}; false when it was closed or changed since. */
    public boolean saveClosure(AttendanceAlert alert) {
        AttendanceAlert.Closure c = Objects.requireNonNull(alert.closure());
        return jdbc.sql("""
                UPDATE attendance_alert SET status = 'CLOSED', close_note = ?, closed_by = ?, closed_at = ?,
                    version = version + 1
                WHERE id = ? AND version = ? AND status = 'OPEN'""")
                .params(c.note(), c.by(), AttendanceStore.timestamp(c.at()), alert.id().value(), alert.version())
                .update() == 1;
    }

    /**
     * Issue 7: closes every open alert of the episode with the same note (the client was discharged); returns the ids
     * closed.
     */
    public List<UUID> closeAllOpen(EpisodeId episode, String note, String by, java.time.Instant at) {
        return jdbc.sql("""
                UPDATE attendance_alert SET status = 'CLOSED', close_note = ?, closed_by = ?,
                    closed_at = greatest(?, opened_at), version = version + 1
                WHERE episode_id = ? AND status = 'OPEN' RETURNING id""")
                .params(note, by, AttendanceStore.timestamp(at), episode.value())
                .query(UUID.class).list();
    }

    public Optional<AttendanceAlert> find(AttendanceAlertId id) {
        return withSuggestions(jdbc.sql("SELECT " + COLUMNS + " FROM attendance_alert a WHERE a.id = ?")
                .param(id.value())
                .query(AttendanceAlertStore::map)
                .list()).stream().findFirst();
    }

    /** The client's open alerts, oldest first. */
    public List<AttendanceAlert> openForClient(ClientId client) {
        return withSuggestions(jdbc.sql("SELECT " + COLUMNS + " FROM attendance_alert a "
                        + "WHERE a.client_id = ? AND a.status = 'OPEN' ORDER BY a.opened_at, a.id")
                .param(client.value())
                .query(AttendanceAlertStore::map)
                .list());
    }

    /** Open alerts of live clients, oldest first; only of one staff member's care team when given. */
    public List<AttendanceAlert> open(@Nullable StaffId careTeamOf, int limit) {
        return withSuggestions(jdbc.sql("SELECT " + COLUMNS + " FROM attendance_alert a JOIN client c ON c.id = a.client_id "
                        + "WHERE a.status = 'OPEN' AND c.deleted_at IS NULL" + careTeamClause(careTeamOf)
                        + " ORDER BY a.opened_at, a.id LIMIT :limit")
                .params(params(careTeamOf, limit))
                .query(AttendanceAlertStore::map)
                .list());
    }

    public long countOpen(@Nullable StaffId careTeamOf) {
        return jdbc.sql("SELECT count(*) FROM attendance_alert a JOIN client c ON c.id = a.client_id "
                        + "WHERE a.status = 'OPEN' AND c.deleted_at IS NULL" + careTeamClause(careTeamOf))
                .params(params(careTeamOf, 0))
                .query(Long.class)
                .single();
    }

    private List<AttendanceAlert> withSuggestions(List<AttendanceAlert> alerts) {
        if (alerts.isEmpty()) {
            return alerts;
        }
        Map<UUID, List<SessionId>> suggested = new HashMap<>();
        jdbc.sql("SELECT alert_id, session_id FROM attendance_alert_suggestion WHERE alert_id IN (:ids) "
                        + "ORDER BY alert_id, position")
                .param("ids", alerts.stream().map(a -> a.id().value()).toList())
                .query((rs, n) -> suggested.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new SessionId(rs.getObject(2, UUID.class))))
                .list();
        return alerts.stream().map(a -> new AttendanceAlert(a.id(), a.client(), a.episode(), a.kind(), a.week(),
                a.reason(), a.openedAt(), a.closure(), a.version(), suggested.getOrDefault(a.id().value(), List.of())))
                .toList();
    }

    private static String careTeamClause(@Nullable StaffId careTeamOf) {
        return careTeamOf == null ? "" : " AND EXISTS (SELECT 1 FROM care_team_member m "
                + "WHERE m.client_id = a.client_id AND m.staff_id = :staff)";
    }

    private static Map<String, Object> params(@Nullable StaffId careTeamOf, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("limit", limit);
        if (careTeamOf != null) {
            params.put("staff", careTeamOf.value());
        }
        return params;
    }

    private static AttendanceAlert map(ResultSet rs, int row) throws SQLException {
        String note = rs.getString("close_note");
        AttendanceAlert.Closure closure = note == null ? null : new AttendanceAlert.Closure(note,
                rs.getString("closed_by"), rs.getObject("closed_at", OffsetDateTime.class).toInstant());
        return new AttendanceAlert(new AttendanceAlertId(rs.getObject("id", UUID.class)),
                new ClientId(rs.getObject("client_id", UUID.class)), new EpisodeId(rs.getObject("episode_id", UUID.class)),
                AttendanceAlert.Kind.valueOf(rs.getString("kind")), new IsoWeek(rs.getObject("week_start", LocalDate.class)),
                rs.getString("reason"), rs.getObject("opened_at", OffsetDateTime.class).toInstant(), closure,
                rs.getInt("version"), List.of());
    }
}
