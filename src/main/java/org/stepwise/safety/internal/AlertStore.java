package org.stepwise.safety.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.measures.MeasureAdministrationId;
import org.stepwise.safety.AlertOutcome;
import org.stepwise.safety.SafetyAlert;
import org.stepwise.safety.SafetyAlertId;
import org.stepwise.safety.Severity;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/** The stored alerts (table {@code safety_alert}). */
@Repository
public class AlertStore {

    private static final String COLUMNS = """
            a.id, a.client_id, a.administration_id, a.instrument, a.administered_on, a.severity, a.reason, a.opened_at,
            a.version, a.action_taken, a.outcome, a.resolved_by, a.resolved_at""";

    private final JdbcClient jdbc;

    AlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new alert unless the administration already has one; true when this call stored it. */
    public boolean insertIfNew(SafetyAlert alert) {
        return jdbc.sql("""
                INSERT INTO safety_alert (id, client_id, administration_id, instrument, administered_on, severity,
                    reason, opened_at, status, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', 0)
                ON CONFLICT (administration_id) DO NOTHING""")
                .params(alert.id().value(), alert.client().value(), alert.administration().value(), alert.instrument(),
                        alert.administeredOn(), alert.severity().code(), alert.reason(), timestamp(alert.openedAt()))
                .update() == 1;
    }

    /**
     * Writes the resolution of an alert read at {@code alert.version()}; false when someone else changed it since
     * (optimistic locking).
     */
    public boolean saveResolution(SafetyAlert alert) {
        SafetyAlert.Resolution r = java.util.Objects.requireNonNull(alert.resolution());
        return jdbc.sql("""
                UPDATE safety_alert SET status = 'resolved', action_taken = ?, outcome = ?, resolved_by = ?,
                    resolved_at = ?, version = version + 1
                WHERE id = ? AND version = ? AND status = 'open'""")
                .params(r.actionTaken(), r.outcome().code(), r.by().value(), timestamp(r.at()), alert.id().value(),
                        alert.version())
                .update() == 1;
    }

    public Optional<SafetyAlert> find(SafetyAlertId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM safety_alert a WHERE a.id = ?")
                .param(id.value())
                .query(AlertStore::map)
                .optional();
    }

    public Optional<SafetyAlert> forAdministration(MeasureAdministrationId administration) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM safety_alert a WHERE a.administration_id = ?")
                .param(administration.value())
                .query(AlertStore::map)
                .optional();
    }

    /** A client's alerts: the open ones first (oldest first), then the resolved ones (newest first). */
    public List<SafetyAlert> forClient(ClientId client, int resolvedLimit) {
        return jdbc.sql("""
                (SELECT %1$s FROM safety_alert a WHERE a.client_id = :client AND a.status = 'open'
                 ORDER BY a.opened_at, a.id)
                UNION ALL
                (SELECT %1$s FROM safety_alert a WHERE a.client_id = :client AND a.status = 'resolved'
                 ORDER BY a.resolved_at DESC, a.id LIMIT :limit)""".formatted(COLUMNS))
                .param("client", client.value())
                .param("limit", resolvedLimit)
                .query(AlertStore::map)
                .list();
    }

    /** Open alerts of live clients, most severe then oldest first; of one staff member's care team when given. */
    public List<SafetyAlert> open(@Nullable StaffId careTeamOf, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM safety_alert a JOIN client c ON c.id = a.client_id "
                        + "WHERE a.status = 'open' AND c.deleted_at IS NULL" + careTeamClause(careTeamOf)
                        + " ORDER BY (a.severity = 'high') DESC, a.opened_at, a.id LIMIT :limit")
                .params(careTeamParams(careTeamOf, limit))
                .query(AlertStore::map)
                .list();
    }

    public long countOpen(@Nullable StaffId careTeamOf) {
        return jdbc.sql("SELECT count(*) FROM safety_alert a JOIN client c ON c.id = a.client_id "
                        + "WHERE a.status = 'open' AND c.deleted_at IS NULL" + careTeamClause(careTeamOf))
                .params(careTeamParams(careTeamOf, 0))
                .query(Long.class)
                .single();
    }

    private static String careTeamClause(@Nullable StaffId careTeamOf) {
        return careTeamOf == null ? "" : " AND EXISTS (SELECT 1 FROM care_team_member m "
                + "WHERE m.client_id = a.client_id AND m.staff_id = :staff)";
    }

    private static java.util.Map<String, Object> careTeamParams(@Nullable StaffId careTeamOf, int limit) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("limit", limit);
        if (careTeamOf != null) {
            params.put("staff", careTeamOf.value());
        }
        return params;
    }

    private static SafetyAlert map(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        SafetyAlert.Resolution resolution = outcome == null ? null : new SafetyAlert.Resolution(
                rs.getString("action_taken"), AlertOutcome.fromCode(outcome).orElseThrow(),
                new StaffId(rs.getObject("resolved_by", UUID.class)), instant(rs, "resolved_at"));
        return new SafetyAlert(new SafetyAlertId(rs.getObject("id", UUID.class)),
                new ClientId(rs.getObject("client_id", UUID.class)),
                new MeasureAdministrationId(rs.getObject("administration_id", UUID.class)),
                rs.getString("instrument"), rs.getObject("administered_on", LocalDate.class),
                Severity.fromCode(rs.getString("severity")), rs.getString("reason"), instant(rs, "opened_at"),
                rs.getInt("version"), resolution);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
