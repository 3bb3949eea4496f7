package org.stepwise.scheduling.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
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
import org.stepwise.scheduling.IsoWeek;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Optimizer runs (table {@code schedule_run}): progress while running, the best plan, and the decision on it. */
@Repository
class RunStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<RunView.ShortfallLine>> SHORTFALLS = new TypeReference<>() {};

    private final JdbcClient jdbc;

    RunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks as failed the runs a restart interrupted (still RUNNING well past their limit). */
    int failAbandoned(Instant startedBefore, Instant now) {
        return jdbc.sql("""
                UPDATE schedule_run SET status = 'FAILED', finished_at = ?, score = 'interrupted (the server restarted)',
                    version = version + 1
                WHERE status = 'RUNNING' AND started_at < ?""")
                .params(at(now), at(startedBefore))
                .update();
    }

    /** Inserts a RUNNING run; false when one already runs for that week and site. */
    boolean insert(UUID id, IsoWeek week, @Nullable UUID site, String by, Instant at, int clients) {
        return jdbc.sql("""
                INSERT INTO schedule_run (id, site_id, week_start, status, started_by, started_at, clients)
                VALUES (?, ?, ?, 'RUNNING', ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(id, site, week.monday(), by, at(at), clients)
                .update() == 1;
    }

    void progress(UUID id, int withinTarget, boolean feasible, String score, List<RunView.ShortfallLine> shortfalls) {
        jdbc.sql("""
                UPDATE schedule_run SET within_target = ?, feasible = ?, score = ?, shortfalls = CAST(? AS jsonb)
                WHERE id = ? AND status = 'RUNNING'""")
                .params(withinTarget, feasible, score, JSON.writeValueAsString(shortfalls), id)
                .update();
    }

    void finish(UUID id, Instant at, int withinTarget, boolean feasible, String score, StoredPlan plan,
            List<RunView.ShortfallLine> shortfalls) {
        jdbc.sql("""
                UPDATE schedule_run SET status = 'FINISHED', finished_at = ?, within_target = ?, feasible = ?, score = ?,
                    plan = CAST(? AS jsonb), shortfalls = CAST(? AS jsonb), version = version + 1
                WHERE id = ? AND status = 'RUNNING'""")
                .params(at(at), withinTarget, feasible, score, JSON.writeValueAsString(plan),
                        JSON.writeValueAsString(shortfalls), id)
                .update();
    }

    void fail(UUID id, Instant at, String why) {
        jdbc.sql("""
                UPDATE schedule_run SET status = 'FAILED', finished_at = ?, score = ?, version = version + 1
                WHERE id = ? AND status = 'RUNNING'""")
                .params(at(at), why.length() > 300 ? why.substring(0, 300) : why, id)
                .update();
    }

    /** Records the decision on a finished run read at {@code version}; false when someone decided first. */
    boolean decide(UUID id, int version, RunStatus decision, String by, Instant at) {
        return jdbc.sql("""
                UPDATE schedule_run SET status = ?, decided_by = ?, decided_at = ?, version = version + 1
                WHERE id = ? AND version = ? AND status = 'FINISHED'""")
                .params(decision.name(), by, at(at), id, version)
                .update() == 1;
    }

    Optional<UUID> lock(UUID id) {
        return jdbc.sql("SELECT id FROM schedule_run WHERE id = ? FOR UPDATE").param(id).query(UUID.class).optional();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("SELECT * FROM schedule_run WHERE id = ?").param(id).query(RunStore::map).optional();
    }

    List<Row> recent(IsoWeek week, int limit) {
        return jdbc.sql("SELECT * FROM schedule_run WHERE week_start = ? ORDER BY started_at DESC LIMIT ?")
                .params(week.monday(), limit)
                .query(RunStore::map)
                .list();
    }

    /** A stored run; {@code plan} is empty until it finishes. */
    record Row(UUID id, IsoWeek week, @Nullable UUID site, RunStatus status, String startedBy, Instant startedAt,
            @Nullable Instant finishedAt, int clients, int withinTarget, boolean feasible, @Nullable String score,
            @Nullable StoredPlan plan, List<RunView.ShortfallLine> shortfalls, @Nullable String decidedBy,
            @Nullable Instant decidedAt, int version) {

        RunView view(double fractionDone, Duration limit) {
            return new RunView(id, week, site, status, startedBy, startedAt, finishedAt, clients, withinTarget,
                    feasible, score, plan == null ? 0 : plan.seats().size(),
                    plan == null ? 0 : plan.appointments().size(), fractionDone, limit, shortfalls, decidedBy,
                    decidedAt, version);
        }
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        String plan = rs.getString("plan");
        String shortfalls = rs.getString("shortfalls");
        return new Row(rs.getObject("id", UUID.class), new IsoWeek(rs.getObject("week_start", LocalDate.class)),
                rs.getObject("site_id", UUID.class), RunStatus.valueOf(rs.getString("status")),
                rs.getString("started_by"), instant(rs, "started_at"), instant(rs, "finished_at"),
                rs.getInt("clients"), rs.getInt("within_target"), rs.getBoolean("feasible"), rs.getString("score"),
                plan == null ? null : JSON.readValue(plan, StoredPlan.class),
                shortfalls == null ? List.of() : JSON.readValue(shortfalls, SHORTFALLS), rs.getString("decided_by"),
                instant(rs, "decided_at"), rs.getInt("version"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
