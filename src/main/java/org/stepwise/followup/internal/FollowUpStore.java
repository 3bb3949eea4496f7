package org.stepwise.followup.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.followup.AftercareAttendance;
import org.stepwise.followup.AttemptResult;
import org.stepwise.followup.FollowUp;
import org.stepwise.followup.FollowUpCounts;
import org.stepwise.followup.FollowUpStatus;
import org.stepwise.followup.Housing;
import org.stepwise.followup.OutcomeCheck;
import org.stepwise.followup.ReEngagementAction;
import org.stepwise.followup.WorkOrSchool;
import org.stepwise.followup.rules.ReEngagementRule;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/** The {@code follow_up} and {@code follow_up_attempt} tables; reads the care team to choose who follows up. */
@Repository
public class FollowUpStore {

    private static final String NEEDS_SOMEONE = "status IN ('OPEN', 'REENGAGEMENT_NEEDED')";

    private final JdbcClient jdbc;

    FollowUpStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first case manager on the client's care team, else the first clinician on it (active staff only). */
    public Optional<StaffId> assigneeFor(ClientId client) {
        return jdbc.sql("""
                SELECT s.id FROM care_team_member m JOIN staff s ON s.id = m.staff_id
                WHERE m.client_id = ? AND s.active AND s.role IN ('CASE_MANAGER', 'CLINICIAN')
                ORDER BY CASE s.role WHEN 'CASE_MANAGER' THEN 0 ELSE 1 END, m.added_at, s.id LIMIT 1""")
                .param(client.value()).query(UUID.class).optional().map(StaffId::new);
    }

    /** Inserts the follow-up unless the episode has one for that day already; true when inserted. */
    public boolean insertIfAbsent(UUID episode, ClientId client, UUID program, String dischargeType,
            LocalDate dischargedOn, int daysAfter, @Nullable StaffId assignee, Instant now) {
        return jdbc.sql("""
                INSERT INTO follow_up (id, episode_id, client_id, program_id, discharge_type, discharged_on, days_after,
                                       due_on, assigned_to, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (episode_id, days_after) DO NOTHING""")
                .params(UUID.randomUUID(), episode, client.value(), program, dischargeType, dischargedOn, daysAfter,
                        dischargedOn.plusDays(daysAfter), assignee == null ? null : assignee.value(),
                        OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                .update() == 1;
    }

    public Optional<FollowUpRow> find(UUID id) {
        return jdbc.sql("SELECT * FROM follow_up WHERE id = ?").param(id).query(FollowUpStore::row).optional();
    }

    /** The row, locked until the transaction ends, so that two people saving at once are taken one after the other. */
    public Optional<FollowUpRow> lock(UUID id) {
        return jdbc.sql("SELECT * FROM follow_up WHERE id = ? FOR UPDATE").param(id).query(FollowUpStore::row)
                .optional();
    }

    public List<FollowUpRow> ofEpisode(UUID episode) {
        return jdbc.sql("SELECT * FROM follow_up WHERE episode_id = ? ORDER BY days_after").param(episode)
                .query(FollowUpStore::row).list();
    }

    /**
     * Follow-ups still needing someone, oldest due first: those of {@code assignee}, or every one when null; with
     * {@code reEngagementOnly}, only those needing re-engagement.
     */
    public List<FollowUpRow> needingSomeone(@Nullable StaffId assignee, boolean reEngagementOnly, int limit) {
        String which = (assignee == null ? "" : " AND assigned_to = :staff")
                + (reEngagementOnly ? " AND status = 'REENGAGEMENT_NEEDED'" : "");
        var statement = jdbc.sql("SELECT * FROM follow_up WHERE " + NEEDS_SOMEONE + which
                + " ORDER BY due_on, days_after, id LIMIT :limit").param("limit", limit);
        if (assignee != null) {
            statement = statement.param("staff", assignee.value());
        }
        return statement.query(FollowUpStore::row).list();
    }

    /** Follow-ups of {@code assignee} due on or before {@code until}, or needing re-engagement, oldest due first. */
    public List<FollowUpRow> dueFor(StaffId assignee, LocalDate until) {
        return jdbc.sql("SELECT * FROM follow_up WHERE " + NEEDS_SOMEONE + """
                 AND assigned_to = ? AND (due_on <= ? OR status = 'REENGAGEMENT_NEEDED')
                ORDER BY due_on, days_after, id LIMIT 50""")
                .params(assignee.value(), until).query(FollowUpStore::row).list();
    }

    /** The director's counts: still needing someone, overdue, given to no one, needing re-engagement. */
    public FollowUpCounts counts(LocalDate today) {
        return jdbc.sql("SELECT count(*) FILTER (WHERE TRUE), count(*) FILTER (WHERE due_on < ?), "
                + "count(*) FILTER (WHERE assigned_to IS NULL), count(*) FILTER (WHERE status = 'REENGAGEMENT_NEEDED') "
                + "FROM follow_up WHERE " + NEEDS_SOMEONE).param(today)
                .query((rs, n) -> new FollowUpCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
    }

    public List<FollowUp.Attempt> attempts(UUID followUp) {
        return jdbc.sql("SELECT * FROM follow_up_attempt WHERE follow_up_id = ? ORDER BY recorded_at, id")
                .param(followUp).query((rs, n) -> attempt(rs)).list();
    }

    /** The attempts of several follow-ups in one read, by follow-up, oldest first. */
    public java.util.Map<UUID, List<FollowUp.Attempt>> attempts(java.util.Collection<UUID> followUps) {
        if (followUps.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<UUID, List<FollowUp.Attempt>> byFollowUp = new java.util.HashMap<>();
        jdbc.sql("SELECT * FROM follow_up_attempt WHERE follow_up_id = ANY(?) ORDER BY recorded_at, id")
                .param(followUps.toArray(UUID[]::new)).query(rs -> {
                    byFollowUp.computeIfAbsent(rs.getObject("follow_up_id", UUID.class), k -> new java.util.ArrayList<>())
                            .add(attempt(rs));
                });
        return byFollowUp;
    }

    public void insertAttempt(UUID followUp, AttemptResult result, @Nullable String note, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO follow_up_attempt (id, follow_up_id, result, note, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), followUp, result.name(), note, by, utc(at)).update();
    }

    /** Saves the status and reasons, and the check when one is given; the version moves on. */
    public void update(UUID id, FollowUpStatus status, List<ReEngagementRule.Finding> findings,
            @Nullable OutcomeCheck check, String by, Instant at) {
        String[] codes = findings.stream().map(f -> f.reason().name()).toArray(String[]::new);
        String[] details = findings.stream().map(ReEngagementRule.Finding::detail).toArray(String[]::new);
        if (check == null) {
            jdbc.sql("""
                    UPDATE follow_up SET status = ?, reengagement_reasons = ?, reengagement_details = ?,
                                         version = version + 1 WHERE id = ?""")
                    .params(status.name(), codes, details, id).update();
            return;
        }
        jdbc.sql("""
                UPDATE follow_up SET status = ?, reengagement_reasons = ?, reengagement_details = ?, phq9_total = ?,
                                     bam_use_days = ?, housing = ?, work_or_school = ?, hospital_since = ?,
                                     aftercare = ?, checked_by = ?, checked_at = ?, version = version + 1
                WHERE id = ?""")
                .params(status.name(), codes, details, check.phq9Total(), check.bamUseDays(), check.housing().name(),
                        check.workOrSchool().name(), check.hospitalSinceDischarge(), check.aftercare().name(), by,
                        utc(at), id)
                .update();
    }

    public void reEngaged(UUID id, ReEngagementAction action, String note, String by, Instant at) {
        jdbc.sql("""
                UPDATE follow_up SET status = 'REENGAGED', reengaged_action = ?, reengaged_note = ?, reengaged_by = ?,
                                     reengaged_at = ?, version = version + 1
                WHERE id = ?""")
                .params(action.name(), note, by, utc(at), id).update();
    }

    private static FollowUp.Attempt attempt(ResultSet rs) throws SQLException {
        return new FollowUp.Attempt(rs.getObject("id", UUID.class), AttemptResult.valueOf(rs.getString("result")),
                rs.getString("note"), rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static FollowUpRow row(ResultSet rs, int n) throws SQLException {
        OutcomeCheck check = null;
        if (rs.getString("housing") != null) {
            check = new OutcomeCheck((Integer) rs.getObject("phq9_total"), (Integer) rs.getObject("bam_use_days"),
                    Housing.valueOf(rs.getString("housing")), WorkOrSchool.valueOf(rs.getString("work_or_school")),
                    rs.getBoolean("hospital_since"), AftercareAttendance.valueOf(rs.getString("aftercare")));
        }
        FollowUp.ReEngaged reengaged = null;
        Instant reengagedAt = instant(rs, "reengaged_at");
        if (reengagedAt != null) {
            reengaged = new FollowUp.ReEngaged(ReEngagementAction.valueOf(rs.getString("reengaged_action")),
                    rs.getString("reengaged_note"), rs.getString("reengaged_by"), reengagedAt);
        }
        UUID assigned = rs.getObject("assigned_to", UUID.class);
        return new FollowUpRow(rs.getObject("id", UUID.class), new ClientId(rs.getObject("client_id", UUID.class)),
                rs.getObject("episode_id", UUID.class), rs.getObject("program_id", UUID.class),
                rs.getString("discharge_type"), rs.getObject("discharged_on", LocalDate.class), rs.getInt("days_after"),
                rs.getObject("due_on", LocalDate.class), assigned == null ? null : new StaffId(assigned),
                FollowUpStatus.valueOf(rs.getString("status")), check, rs.getString("checked_by"),
                instant(rs, "checked_at"), strings(rs, "reengagement_reasons"), strings(rs, "reengagement_details"),
                reengaged, rs.getInt("version"));
    }
}
