package org.stepwise.signals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;
import org.stepwise.signals.LevelOfCareSignal;
import org.stepwise.signals.OpenSignal;
import org.stepwise.signals.SignalActionKind;
import org.stepwise.signals.SignalDirection;
import org.stepwise.signals.SignalKind;
import org.stepwise.signals.SignalStatus;
import org.stepwise.signals.rules.Evidence;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Signals and their actions (tables {@code level_of_care_signal}, {@code signal_action}). */
@Component
public class SignalStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SELECT = """
            SELECT s.*, a.action, a.reason, a.target_date, a.extend_days, a.acted_by, a.acted_at
            FROM level_of_care_signal s LEFT JOIN signal_action a ON a.signal_id = s.id""";

    private final JdbcClient jdbc;

    SignalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serializes every evaluation of one client (listeners, the daily run and actions) until the transaction ends. */
    public void lockClient(ClientId client) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('signals:' || ?))").param(client.toString())
                .query((rs, n) -> 1).single();
    }

    /** The newest signal of each kind and topic of the episode, whatever its status. */
    public Map<String, LevelOfCareSignal> latestByKey(EpisodeId episode) {
        Map<String, LevelOfCareSignal> latest = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (s.kind, s.topic) s.*, a.action, a.reason, a.target_date, a.extend_days, a.acted_by,
                       a.acted_at
                FROM level_of_care_signal s LEFT JOIN signal_action a ON a.signal_id = s.id
                WHERE s.episode_id = ? ORDER BY s.kind, s.topic, s.raised_at DESC""")
                .param(episode.value())
                .query(SignalStore::map)
                .list()
                .forEach(s -> latest.put(s.key(), s));
        return latest;
    }

    public List<LevelOfCareSignal> openForClient(ClientId client) {
        return jdbc.sql(SELECT + " WHERE s.client_id = ? AND s.status = 'OPEN' ORDER BY s.raised_at")
                .param(client.value()).query(SignalStore::map).list();
    }

    /** The client's signals, open first (oldest first), then the latest closed ones up to {@code closedLimit}. */
    public List<LevelOfCareSignal> forClient(ClientId client, int closedLimit) {
        List<LevelOfCareSignal> all = new ArrayList<>(openForClient(client));
        all.addAll(jdbc.sql(SELECT + " WHERE s.client_id = ? AND s.status <> 'OPEN' ORDER BY s.closed_at DESC LIMIT ?")
                .params(client.value(), closedLimit).query(SignalStore::map).list());
        return all;
    }

    public Optional<LevelOfCareSignal> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE s.id = ?").param(id).query(SignalStore::map).optional();
    }

    public void insert(UUID id, ClientId client, EpisodeId episode, SignalKind kind, String topic, String summary,
            List<Evidence.Fact> evidence, String fingerprint, Instant at) {
        jdbc.sql("""
                INSERT INTO level_of_care_signal (id, client_id, episode_id, kind, topic, direction, status, summary,
                                                  evidence, fingerprint, raised_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, CAST(? AS jsonb), ?, ?, ?)""")
                .params(id, client.value(), episode.value(), kind.name(), topic, kind.direction().name(),
                        shortened(summary), json(evidence), fingerprint, ts(at), ts(at))
                .update();
    }

    /** New evidence for a signal that is still open (a later score, another missed session). */
    public void updateEvidence(UUID id, String summary, List<Evidence.Fact> evidence, String fingerprint, Instant at) {
        jdbc.sql("""
                UPDATE level_of_care_signal SET summary = ?, evidence = CAST(? AS jsonb), fingerprint = ?,
                       updated_at = ?, version = version + 1
                WHERE id = ? AND status = 'OPEN'""")
                .params(shortened(summary), json(evidence), fingerprint, ts(at), id)
                .update();
    }

    /** The summary alone changed (a due date came closer): no new version, the same evidence. */
    public void updateSummary(UUID id, String summary) {
        jdbc.sql("UPDATE level_of_care_signal SET summary = ? WHERE id = ? AND status = 'OPEN' AND summary <> ?")
                .params(shortened(summary), id, shortened(summary)).update();
    }

    public void resolve(UUID id, Instant at) {
        jdbc.sql("""
                UPDATE level_of_care_signal SET status = 'RESOLVED', closed_at = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND status = 'OPEN'""")
                .params(ts(at), ts(at), id).update();
    }

    /** Issue 7: resolves every open signal of the episode with a note (the client was discharged); returns the ids. */
    public List<UUID> resolveAllOpen(EpisodeId episode, String note, Instant at) {
        return jdbc.sql("""
                UPDATE level_of_care_signal SET status = 'RESOLVED', close_note = ?, closed_at = ?, updated_at = ?,
                       version = version + 1
                WHERE episode_id = ? AND status = 'OPEN' RETURNING id""")
                .params(note, ts(at), ts(at), episode.value()).query(UUID.class).list();
    }

    /** Closes an open signal at {@code version} with an action; false when it was changed or closed since. */
    public boolean close(UUID id, int version, SignalActionKind action, String reason, @Nullable LocalDate targetDate,
            @Nullable Integer extendDays, String by, StaffId byId, Instant at) {
        int updated = jdbc.sql("""
                UPDATE level_of_care_signal SET status = ?, closed_at = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND status = 'OPEN' AND version = ?""")
                .params(action.leadsTo().name(), ts(at), ts(at), id, version).update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO signal_action (id, signal_id, action, reason, target_date, extend_days, acted_by,
                                           acted_by_id, acted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), id, action.name(), reason, targetDate, extendDays, by, byId.value(), ts(at))
                .update();
        return true;
    }

    /**
     * Open signals across the program, newest first, with the client's name: every one, or those of one staff
     * member's care team; of one direction when given.
     */
    public List<OpenSignal> open(@Nullable SignalDirection direction, @Nullable StaffId careTeamOf, int limit,
            int offset) {
        StringBuilder sql = new StringBuilder("""
                SELECT s.*, NULL AS action, NULL AS reason, NULL::date AS target_date, NULL::int AS extend_days,
                       NULL AS acted_by, NULL::timestamptz AS acted_at,
                       coalesce(c.preferred_name, c.given_name) || ' ' || c.family_name AS client_name, c.record_number
                FROM level_of_care_signal s JOIN client c ON c.id = s.client_id AND c.deleted_at IS NULL
                WHERE s.status = 'OPEN'""");
        Map<String, Object> params = new LinkedHashMap<>();
        where(sql, params, direction, careTeamOf);
        sql.append(" ORDER BY s.raised_at DESC, s.id LIMIT :limit OFFSET :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new OpenSignal(map(rs, n), rs.getString("client_name"), rs.getString("record_number")))
                .list();
    }

    public long countOpen(@Nullable SignalDirection direction, @Nullable StaffId careTeamOf) {
        StringBuilder sql = new StringBuilder("SELECT count(*) FROM level_of_care_signal s WHERE s.status = 'OPEN'");
        Map<String, Object> params = new LinkedHashMap<>();
        where(sql, params, direction, careTeamOf);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    private static void where(StringBuilder sql, Map<String, Object> params, @Nullable SignalDirection direction,
            @Nullable StaffId careTeamOf) {
        if (direction != null) {
            sql.append(" AND s.direction = :direction");
            params.put("direction", direction.name());
        }
        if (careTeamOf != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM care_team_member m WHERE m.client_id = s.client_id"
                    + " AND m.staff_id = :staff)");
            params.put("staff", careTeamOf.value());
        }
    }

    static LevelOfCareSignal map(ResultSet rs, int n) throws SQLException {
        String action = rs.getString("action");
        OffsetDateTime closed = rs.getObject("closed_at", OffsetDateTime.class);
        LevelOfCareSignal.Action done = action == null ? null : new LevelOfCareSignal.Action(
                SignalActionKind.valueOf(action), rs.getString("reason"), rs.getObject("target_date", LocalDate.class),
                (Integer) rs.getObject("extend_days"), rs.getString("acted_by"),
                rs.getObject("acted_at", OffsetDateTime.class).toInstant());
        return new LevelOfCareSignal(rs.getObject("id", UUID.class), new ClientId(rs.getObject("client_id", UUID.class)),
                new EpisodeId(rs.getObject("episode_id", UUID.class)), SignalKind.valueOf(rs.getString("kind")),
                rs.getString("topic"), SignalStatus.valueOf(rs.getString("status")), rs.getString("summary"),
                facts(rs.getString("evidence")), rs.getString("fingerprint"),
                rs.getObject("raised_at", OffsetDateTime.class).toInstant(),
                closed == null ? null : closed.toInstant(), rs.getInt("version"), done, rs.getString("close_note"));
    }

    private static String json(List<Evidence.Fact> facts) {
        List<Map<String, @Nullable String>> rows = new ArrayList<>();
        for (Evidence.Fact f : facts) {
            Map<String, @Nullable String> row = new LinkedHashMap<>();
            row.put("what", f.what());
            row.put("value", f.value());
            row.put("on", f.on() == null ? null : f.on().toString());
            row.put("link", f.link());
            rows.add(row);
        }
        return JSON.writeValueAsString(rows);
    }

    private static List<Evidence.Fact> facts(String json) {
        List<Map<String, @Nullable String>> rows = JSON.readValue(json, new TypeReference<>() {});
        return rows.stream().map(r -> new Evidence.Fact(String.valueOf(r.get("what")), String.valueOf(r.get("value")),
                r.get("on") == null ? null : LocalDate.parse(r.get("on")), r.get("link"))).toList();
    }

    private static String shortened(String text) {
        return text.length() > 500 ? text.substring(0, 497) + "..." : text;
    }

    static OffsetDateTime ts(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
