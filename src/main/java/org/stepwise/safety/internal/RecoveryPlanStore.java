package org.stepwise.safety.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.safety.RecoveryPlanContent;
import org.stepwise.safety.RecoveryPlanKind;
import org.stepwise.safety.RecoveryPlanSignature;
import org.stepwise.safety.RecoveryPlanSigner;
import org.stepwise.safety.RecoveryPlanVersion;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;
import tools.jackson.databind.json.JsonMapper;

/**
 * Safety plans and relapse prevention plans in one store (tables {@code recovery_plan}, {@code recovery_plan_version},
 * {@code recovery_plan_signature}): a row per client and kind, its versions and their signatures.
 */
@Repository
public class RecoveryPlanStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The plan's row: which client and kind, and its optimistic lock. */
    public record PlanRow(UUID id, ClientId client, RecoveryPlanKind kind, int version) {}

    private final JdbcClient jdbc;

    RecoveryPlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertIfAbsent(ClientId client, RecoveryPlanKind kind, Instant now) {
        jdbc.sql("""
                INSERT INTO recovery_plan (id, client_id, kind, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (client_id, kind) DO NOTHING""")
                .params(UUID.randomUUID(), client.value(), kind.name(), timestamp(now))
                .update();
    }

    public Optional<PlanRow> find(ClientId client, RecoveryPlanKind kind) {
        return jdbc.sql("SELECT * FROM recovery_plan WHERE client_id = ? AND kind = ?")
                .params(client.value(), kind.name()).query(RecoveryPlanStore::row).optional();
    }

    /** The plan's row, locked until the transaction ends, so that two saves or signatures take turns. */
    public Optional<PlanRow> lock(ClientId client, RecoveryPlanKind kind) {
        return jdbc.sql("SELECT * FROM recovery_plan WHERE client_id = ? AND kind = ? FOR UPDATE")
                .params(client.value(), kind.name()).query(RecoveryPlanStore::row).optional();
    }

    public void bump(UUID plan) {
        jdbc.sql("UPDATE recovery_plan SET version = version + 1 WHERE id = ?").param(plan).update();
    }

    /** Every version of the plan with its signatures, oldest first. */
    public List<RecoveryPlanVersion> versions(UUID plan) {
        Map<Integer, List<RecoveryPlanSignature>> signatures = new HashMap<>();
        jdbc.sql("""
                SELECT g.*, s.display_name FROM recovery_plan_signature g JOIN staff s ON s.id = g.staff_id
                WHERE g.plan_id = ? ORDER BY g.recorded_at""")
                .param(plan)
                .query((rs, n) -> {
                    signatures.computeIfAbsent(rs.getInt("version_number"), k -> new ArrayList<>())
                            .add(new RecoveryPlanSignature(RecoveryPlanSigner.valueOf(rs.getString("role")),
                                    rs.getString("signer_name"), rs.getObject("signed_on", LocalDate.class),
                                    new StaffId(rs.getObject("staff_id", UUID.class)), rs.getString("display_name"),
                                    instant(rs, "recorded_at"), rs.getString("content_hash")));
                    return n;
                }).list();
        return jdbc.sql("""
                SELECT v.*, c.display_name AS created_name, u.display_name AS updated_name
                FROM recovery_plan_version v JOIN staff c ON c.id = v.created_by JOIN staff u ON u.id = v.updated_by
                WHERE v.plan_id = ? ORDER BY v.number""")
                .param(plan)
                .query((rs, n) -> new RecoveryPlanVersion(rs.getInt("number"),
                        RecoveryPlanVersion.Status.valueOf(rs.getString("status")), content(rs.getString("content")),
                        rs.getString("content_hash"), instant(rs, "created_at"), rs.getString("created_name"),
                        instant(rs, "updated_at"), rs.getString("updated_name"),
                        signatures.getOrDefault(rs.getInt("number"), List.of())))
                .list();
    }

    public void insertVersion(UUID plan, int number, RecoveryPlanContent content, String hash, StaffId by,
            Instant now) {
        jdbc.sql("""
                INSERT INTO recovery_plan_version (plan_id, number, status, content, content_hash, created_at,
                    created_by, updated_at, updated_by)
                VALUES (?, ?, 'DRAFT', ?::jsonb, ?, ?, ?, ?, ?)""")
                .params(plan, number, json(content), hash, timestamp(now), by.value(), timestamp(now), by.value())
                .update();
    }

    /** Rewrites a draft; false when the version was signed meanwhile. */
    public boolean updateDraft(UUID plan, int number, RecoveryPlanContent content, String hash, StaffId by,
            Instant now) {
        return jdbc.sql("""
                UPDATE recovery_plan_version SET content = ?::jsonb, content_hash = ?, updated_at = ?, updated_by = ?
                WHERE plan_id = ? AND number = ? AND status = 'DRAFT'""")
                .params(json(content), hash, timestamp(now), by.value(), plan, number)
                .update() == 1;
    }

    /** Adds a signature; false when that role has signed the version already. */
    public boolean insertSignature(UUID plan, int number, RecoveryPlanSignature s) {
        boolean added = jdbc.sql("""
                INSERT INTO recovery_plan_signature (plan_id, version_number, role, signer_name, signed_on, staff_id,
                    recorded_at, content_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(plan, number, s.role().name(), s.signerName(), s.signedOn(), s.staff().value(),
                        timestamp(s.recordedAt()), s.contentHash())
                .update() == 1;
        if (added) {
            jdbc.sql("UPDATE recovery_plan_version SET status = 'SIGNED' WHERE plan_id = ? AND number = ? "
                    + "AND status = 'DRAFT'").params(plan, number).update();
        }
        return added;
    }

    static String json(RecoveryPlanContent content) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("sections", content.sections());
        doc.put("reviewOn", content.reviewOn() == null ? null : content.reviewOn().toString());
        return JSON.writeValueAsString(doc);
    }

    @SuppressWarnings("unchecked")
    static RecoveryPlanContent content(String json) {
        Map<String, Object> doc = JSON.readValue(json, Map.class);
        Map<String, String> sections = new LinkedHashMap<>();
        Object stored = doc.get("sections");
        if (stored instanceof Map<?, ?> map) {
            map.forEach((k, v) -> sections.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        }
        Object review = doc.get("reviewOn");
        return new RecoveryPlanContent(sections, review == null ? null : LocalDate.parse(review.toString()));
    }

    private static PlanRow row(ResultSet rs, int n) throws SQLException {
        return new PlanRow(rs.getObject("id", UUID.class), new ClientId(rs.getObject("client_id", UUID.class)),
                RecoveryPlanKind.valueOf(rs.getString("kind")), rs.getInt("version"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static @Nullable OffsetDateTime timestamp(@Nullable Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
