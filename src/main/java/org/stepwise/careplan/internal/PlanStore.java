package org.stepwise.careplan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.careplan.PlanContent;
import org.stepwise.careplan.PlanSignature;
import org.stepwise.careplan.PlanVersion;
import org.stepwise.careplan.SignerRole;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/** Plans, their versions and signatures in PostgreSQL, and the {@code plan_objective} rows kept in step with them. */
@Repository
public class PlanStore {

    /** A plan's own row: which episode, and its optimistic lock. */
    public record PlanRow(UUID id, ClientId client, EpisodeId episode, int version) {}

    /** An objective as {@code plan_objective} holds it, with the problem and goal it serves. */
    public record StoredObjective(String problem, String goal, PlanContent.Objective objective) {}

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PlanRow> find(EpisodeId episode) {
        return jdbc.sql("SELECT id, client_id, episode_id, version FROM treatment_plan WHERE episode_id = ?")
                .param(episode.value()).query(PlanStore::plan).optional();
    }

    /** The plan's row, locked until the transaction ends: edits, signatures and reviews of one plan run one by one. */
    public Optional<PlanRow> lock(EpisodeId episode) {
        return jdbc.sql("SELECT id, client_id, episode_id, version FROM treatment_plan WHERE episode_id = ? FOR UPDATE")
                .param(episode.value()).query(PlanStore::plan).optional();
    }

    /** Makes the episode's plan unless it has one. */
    public void insertIfAbsent(ClientId client, EpisodeId episode, String createdBy, Instant now) {
        jdbc.sql("""
                INSERT INTO treatment_plan (id, client_id, episode_id, created_at, created_by) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (episode_id) DO NOTHING""")
                .params(UUID.randomUUID(), client.value(), episode.value(), timestamp(now), createdBy).update();
    }

    /** Moves the plan's lock version on; the plan's row as it now is. */
    public PlanRow bump(UUID plan) {
        return jdbc.sql("UPDATE treatment_plan SET version = version + 1 WHERE id = ? "
                + "RETURNING id, client_id, episode_id, version")
                .param(plan).query(PlanStore::plan).single();
    }

    public List<PlanVersion> versions(UUID plan) {
        Map<Integer, List<PlanSignature>> signatures = jdbc.sql("""
                SELECT g.*, s.display_name FROM plan_signature g JOIN staff s ON s.id = g.staff_id
                WHERE g.plan_id = ? ORDER BY g.recorded_at""")
                .param(plan)
                .query((rs, n) -> Map.entry(rs.getInt("version_number"), signature(rs)))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("""
                SELECT v.*, c.display_name AS created_name, u.display_name AS updated_name
                FROM treatment_plan_version v JOIN staff c ON c.id = v.created_by JOIN staff u ON u.id = v.updated_by
                WHERE v.plan_id = ? ORDER BY v.number""")
                .param(plan)
                .query((rs, n) -> version(rs, signatures.getOrDefault(rs.getInt("number"), List.of())))
                .list();
    }

    public void insertVersion(UUID plan, int number, PlanVersion.Origin origin, PlanContent content, StaffId by,
            Instant now) {
        jdbc.sql("""
                INSERT INTO treatment_plan_version (plan_id, number, status, origin, content, content_hash, created_at,
                                                    created_by, updated_at, updated_by)
                VALUES (?, ?, 'DRAFT', ?, CAST(? AS jsonb), ?, ?, ?, ?, ?)""")
                .params(plan, number, origin.name(), PlanContentJson.write(content), PlanContentJson.sha256(content),
                        timestamp(now), by.value(), timestamp(now), by.value())
                .update();
    }

    /** Rewrites a draft; false when the version is signed already (a signature came first). */
    public boolean updateDraft(UUID plan, int number, PlanContent content, StaffId by, Instant now) {
        return jdbc.sql("""
                UPDATE treatment_plan_version SET content = CAST(? AS jsonb), content_hash = ?, updated_at = ?,
                                                  updated_by = ?
                WHERE plan_id = ? AND number = ? AND status = 'DRAFT'""")
                .params(PlanContentJson.write(content), PlanContentJson.sha256(content), timestamp(now), by.value(),
                        plan, number)
                .update() == 1;
    }

    /** Stores a signature; false when the role has signed this version already. */
    public boolean insertSignature(UUID plan, int number, PlanSignature s) {
        return jdbc.sql("""
                INSERT INTO plan_signature (id, plan_id, version_number, role, signer_name, credential, signed_on,
                                            staff_id, recorded_at, content_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (plan_id, version_number, role) DO NOTHING""")
                .params(UUID.randomUUID(), plan, number, s.role().name(), s.signerName(), s.credential(), s.signedOn(),
                        s.staff().value(), timestamp(s.recordedAt()), s.contentHash())
                .update() == 1;
    }

    /** Marks the version signed (final), and in effect from {@code effectiveOn} when that is given. */
    public void markSigned(UUID plan, int number, @Nullable LocalDate effectiveOn) {
        jdbc.sql("""
                UPDATE treatment_plan_version SET status = 'SIGNED', effective_on = coalesce(effective_on, ?)
                WHERE plan_id = ? AND number = ?""")
                .params(effectiveOn, plan, number).update();
    }

    /** The ids of every objective the plan has ever had. */
    public Set<UUID> objectiveIds(UUID plan) {
        return Set.copyOf(jdbc.sql("SELECT id FROM plan_objective WHERE plan_id = ?").param(plan).query(UUID.class)
                .list());
    }

    /** The plan's active objectives with their problem and goal, in order (plans made before versions existed). */
    public List<StoredObjective> activeObjectives(UUID plan) {
        return jdbc.sql("""
                SELECT id, problem, goal, text, target_date, progress FROM plan_objective
                WHERE plan_id = ? AND active ORDER BY position""")
                .param(plan)
                .query((rs, n) -> new StoredObjective(rs.getString("problem"), rs.getString("goal"),
                        new PlanContent.Objective(rs.getObject("id", UUID.class), rs.getString("text"),
                                rs.getObject("target_date", LocalDate.class),
                                org.stepwise.careplan.ObjectiveProgress.valueOf(rs.getString("progress")), null)))
                .list();
    }

    /**
     * Makes {@code plan_objective} mirror the content: each objective's row written with its problem, goal, wording,
     * target date, progress and place; met and discontinued ones, and any the content no longer holds, inactive.
     */
    public void syncObjectives(UUID plan, ClientId client, PlanContent content) {
        record Line(UUID id, String problem, String goal, String text, String targetDate, String progress,
                boolean active, int position) {}
        // By id, the last occurrence winning, as row-by-row upserts would: one statement may not touch a row twice.
        Map<UUID, Line> lines = new LinkedHashMap<>();
        int position = 0;
        for (PlanContent.Problem p : content.problems()) {
            for (PlanContent.Objective o : p.objectives()) {
                lines.put(o.id(), new Line(o.id(), p.text(), p.goal(), o.text(), o.targetDate().toString(),
                        o.progress().name(), o.active(), position++));
            }
        }
        if (!lines.isEmpty()) {
            List<Line> all = List.copyOf(lines.values());
            jdbc.sql("""
                    INSERT INTO plan_objective (id, plan_id, client_id, problem, goal, text, target_date, progress,
                                                active, position)
                    SELECT n.id, ?, ?, n.problem, n.goal, n.text, n.target_date, n.progress, n.active, n.position
                    FROM unnest(CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
                                CAST(? AS date[]), CAST(? AS text[]), CAST(? AS boolean[]), CAST(? AS int[]))
                         AS n(id, problem, goal, text, target_date, progress, active, position)
                    ON CONFLICT (id) DO UPDATE SET problem = excluded.problem, goal = excluded.goal,
                        text = excluded.text, target_date = excluded.target_date, progress = excluded.progress,
                        active = excluded.active, position = excluded.position
                    WHERE plan_objective.plan_id = excluded.plan_id""")
                    .params(plan, client.value(), all.stream().map(Line::id).toArray(UUID[]::new),
                            all.stream().map(Line::problem).toArray(String[]::new),
                            all.stream().map(Line::goal).toArray(String[]::new),
                            all.stream().map(Line::text).toArray(String[]::new),
                            all.stream().map(Line::targetDate).toArray(String[]::new),
                            all.stream().map(Line::progress).toArray(String[]::new),
                            all.stream().map(Line::active).toArray(Boolean[]::new),
                            all.stream().map(Line::position).toArray(Integer[]::new))
                    .update();
        }
        UUID[] kept = content.objectives().map(PlanContent.Objective::id).toArray(UUID[]::new);
        jdbc.sql("UPDATE plan_objective SET active = FALSE WHERE plan_id = ? AND active AND id <> ALL (?)")
                .params(plan, kept).update();
    }

    private static PlanRow plan(ResultSet rs, int row) throws SQLException {
        return new PlanRow(rs.getObject("id", UUID.class), new ClientId(rs.getObject("client_id", UUID.class)),
                new EpisodeId(rs.getObject("episode_id", UUID.class)), rs.getInt("version"));
    }

    private static PlanSignature signature(ResultSet rs) throws SQLException {
        return new PlanSignature(SignerRole.valueOf(rs.getString("role")), rs.getString("signer_name"),
                rs.getString("credential"), rs.getObject("signed_on", LocalDate.class),
                new StaffId(rs.getObject("staff_id", UUID.class)), rs.getString("display_name"),
                instant(rs, "recorded_at"), rs.getString("content_hash"));
    }

    private static PlanVersion version(ResultSet rs, List<PlanSignature> signatures) throws SQLException {
        return new PlanVersion(rs.getInt("number"), PlanVersion.Status.valueOf(rs.getString("status")),
                PlanVersion.Origin.valueOf(rs.getString("origin")), PlanContentJson.read(rs.getString("content")),
                rs.getString("content_hash"), rs.getObject("effective_on", LocalDate.class), instant(rs, "created_at"),
                rs.getString("created_name"), instant(rs, "updated_at"), rs.getString("updated_name"), signatures);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
