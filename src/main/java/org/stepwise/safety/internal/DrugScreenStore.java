package org.stepwise.safety.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.safety.DrugScreen;
import org.stepwise.safety.Prescription;
import org.stepwise.safety.ScreenPanel;
import org.stepwise.safety.rules.ScreenInterpretation.Reading;
import org.stepwise.safety.rules.ScreenInterpretation.Result;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ProgramId;
import org.stepwise.shared.StaffId;

/**
 * Drug screens, their results, prescriptions, panels, each program's screening setting and the chosen screening days
 * (tables {@code drug_screen}, {@code drug_screen_result}, {@code prescribed_substance}, {@code drug_screen_panel},
 * {@code drug_screen_setting}, {@code drug_screen_week}).
 */
@Repository
public class DrugScreenStore {

    /** The panel a program without a setting uses: the 12-panel (V157). */
    static final UUID DEFAULT_PANEL = UUID.fromString("5a1e0000-0000-4000-8000-000000000012");

    /** A program's screening: its panel and frequency. */
    public record Setting(ScreenPanel panel, int perFourWeeks) {}

    /** An admitted episode whose program screens, for the due list. */
    public record Screened(EpisodeId episode, ClientId client, LocalDate admittedOn, String programName,
            int perFourWeeks) {}

    private final JdbcClient jdbc;

    DrugScreenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Setting setting(ProgramId program) {
        return jdbc.sql("""
                SELECT pn.*, coalesce(s.screens_per_four_weeks, 4) AS per_four_weeks
                FROM drug_screen_panel pn
                LEFT JOIN drug_screen_setting s ON s.program_id = :program
                WHERE pn.id = coalesce(s.panel_id, :fallback)""")
                .param("program", program.value()).param("fallback", DEFAULT_PANEL)
                .query((rs, n) -> new Setting(panel(rs), rs.getInt("per_four_weeks"))).single();
    }

    public List<ScreenPanel> panels() {
        return jdbc.sql("SELECT * FROM drug_screen_panel ORDER BY cardinality(substances), name")
                .query((rs, n) -> panel(rs)).list();
    }

    public List<Prescription> activePrescriptions(EpisodeId episode) {
        return jdbc.sql("""
                SELECT p.*, s.display_name FROM prescribed_substance p JOIN staff s ON s.id = p.added_by
                WHERE p.episode_id = ? AND p.stopped_at IS NULL ORDER BY p.substance""")
                .param(episode.value())
                .query((rs, n) -> new Prescription(rs.getObject("id", UUID.class), rs.getString("substance"),
                        rs.getString("medication"), rs.getString("display_name"),
                        RecoveryPlanStore.instant(rs, "added_at")))
                .list();
    }

    /** Adds a prescription; false when the substance is on the episode's list already. */
    public boolean prescribe(EpisodeId episode, String substance, String medication, StaffId by, Instant at) {
        return jdbc.sql("""
                INSERT INTO prescribed_substance (id, episode_id, substance, medication, added_by, added_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (episode_id, substance) WHERE stopped_at IS NULL DO NOTHING""")
                .params(UUID.randomUUID(), episode.value(), substance, medication, by.value(),
                        RecoveryPlanStore.timestamp(at))
                .update() == 1;
    }

    /** Stops a prescription of the episode; false when there is no such active one. */
    public boolean stop(EpisodeId episode, UUID prescription, StaffId by, Instant at) {
        return jdbc.sql("""
                UPDATE prescribed_substance SET stopped_by = ?, stopped_at = ?
                WHERE id = ? AND episode_id = ? AND stopped_at IS NULL""")
                .params(by.value(), RecoveryPlanStore.timestamp(at), prescription, episode.value())
                .update() == 1;
    }

    public Optional<ClientId> clientOfScreen(UUID screen) {
        return jdbc.sql("SELECT client_id FROM drug_screen WHERE id = ?").param(screen)
                .query((rs, n) -> new ClientId(rs.getObject("client_id", UUID.class))).optional();
    }

    public void insert(UUID id, ClientId client, EpisodeId episode, UUID panel, LocalDate collectedOn,
            boolean observed, List<DrugScreen.SubstanceResult> results, StaffId by, Instant at) {
        jdbc.sql("""
                INSERT INTO drug_screen (id, client_id, episode_id, panel_id, collected_on, observed, recorded_by,
                    recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, client.value(), episode.value(), panel, collectedOn, observed, by.value(),
                        RecoveryPlanStore.timestamp(at))
                .update();
        for (DrugScreen.SubstanceResult r : results) {
            jdbc.sql("INSERT INTO drug_screen_result (screen_id, substance, result, interpretation) VALUES (?, ?, ?, ?)")
                    .params(id, r.substance(), r.result().name(), r.reading().name()).update();
        }
    }

    /** The client's screens, newest first. */
    public List<DrugScreen> forClient(ClientId client, int limit) {
        Map<UUID, List<DrugScreen.SubstanceResult>> results = new HashMap<>();
        jdbc.sql("""
                SELECT r.* FROM drug_screen_result r JOIN drug_screen d ON d.id = r.screen_id
                JOIN drug_screen_panel pn ON pn.id = d.panel_id
                WHERE d.client_id = ? ORDER BY array_position(pn.substances, r.substance), r.substance""")
                .param(client.value())
                .query((rs, n) -> results.computeIfAbsent(rs.getObject("screen_id", UUID.class),
                        k -> new ArrayList<>()).add(new DrugScreen.SubstanceResult(rs.getString("substance"),
                        Result.valueOf(rs.getString("result")), Reading.valueOf(rs.getString("interpretation")))))
                .list();
        return jdbc.sql("""
                SELECT d.*, pn.name AS panel_name, s.display_name FROM drug_screen d
                JOIN drug_screen_panel pn ON pn.id = d.panel_id JOIN staff s ON s.id = d.recorded_by
                WHERE d.client_id = ? ORDER BY d.collected_on DESC, d.recorded_at DESC LIMIT ?""")
                .params(client.value(), limit)
                .query((rs, n) -> new DrugScreen(rs.getObject("id", UUID.class),
                        new ClientId(rs.getObject("client_id", UUID.class)),
                        new EpisodeId(rs.getObject("episode_id", UUID.class)), rs.getString("panel_name"),
                        rs.getObject("collected_on", LocalDate.class), rs.getBoolean("observed"),
                        results.getOrDefault(rs.getObject("id", UUID.class), List.of()),
                        rs.getString("display_name"), RecoveryPlanStore.instant(rs, "recorded_at")))
                .list();
    }

    /** The day of the client's newest screen with an unexpected positive, if any. */
    public Optional<LocalDate> lastUnexpectedPositive(ClientId client) {
        return jdbc.sql("""
                SELECT d.collected_on FROM drug_screen d
                WHERE d.client_id = ? AND EXISTS (SELECT 1 FROM drug_screen_result r
                                                  WHERE r.screen_id = d.id AND r.interpretation = 'UNEXPECTED')
                ORDER BY d.collected_on DESC LIMIT 1""")
                .param(client.value()).query(LocalDate.class).optional();
    }

    public boolean screenedOn(EpisodeId episode, LocalDate day) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM drug_screen WHERE episode_id = ? AND collected_on = ?)")
                .params(episode.value(), day).query(Boolean.class).single();
    }

    /** Of these episodes, those with a screen collected on the day. */
    public Set<EpisodeId> screenedOn(Collection<EpisodeId> episodes, LocalDate day) {
        if (episodes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                SELECT DISTINCT episode_id FROM drug_screen WHERE episode_id = ANY (?::uuid[]) AND collected_on = ?""")
                .params(ids(episodes), day)
                .query((rs, n) -> new EpisodeId(rs.getObject("episode_id", UUID.class))).list());
    }

    /** The days chosen for these episodes' week, for those chosen yet. */
    public Map<EpisodeId, List<LocalDate>> weeks(Collection<EpisodeId> episodes, LocalDate monday) {
        Map<EpisodeId, List<LocalDate>> chosen = new HashMap<>();
        if (episodes.isEmpty()) {
            return chosen;
        }
        jdbc.sql("SELECT episode_id, days FROM drug_screen_week WHERE episode_id = ANY (?::uuid[]) AND monday = ?")
                .params(ids(episodes), monday)
                .query((rs, n) -> chosen.put(new EpisodeId(rs.getObject("episode_id", UUID.class)),
                        days(rs.getArray("days"))))
                .list();
        return chosen;
    }

    /** The days chosen for the episode's week, if chosen yet. */
    public Optional<List<LocalDate>> week(EpisodeId episode, LocalDate monday) {
        return jdbc.sql("SELECT days FROM drug_screen_week WHERE episode_id = ? AND monday = ?")
                .params(episode.value(), monday)
                .query((rs, n) -> days(rs.getArray("days"))).optional();
    }

    /** Keeps the days chosen for the week unless someone chose them a moment ago; returns the days that count. */
    public List<LocalDate> chooseWeek(EpisodeId episode, LocalDate monday, List<LocalDate> days, Instant at) {
        jdbc.sql("""
                INSERT INTO drug_screen_week (episode_id, monday, days, chosen_at) VALUES (?, ?, ?::date[], ?)
                ON CONFLICT (episode_id, monday) DO NOTHING""")
                .params(episode.value(), monday, "{" + String.join(",", days.stream().map(LocalDate::toString).toList())
                        + "}", RecoveryPlanStore.timestamp(at))
                .update();
        return week(episode, monday).orElse(days);
    }

    /** Admitted episodes of live clients whose program screens; of one staff member's care team when given. */
    public List<Screened> screenedEpisodes(@Nullable StaffId careTeamOf) {
        String careTeam = careTeamOf == null ? "" : " AND EXISTS (SELECT 1 FROM care_team_member m "
                + "WHERE m.client_id = e.client_id AND m.staff_id = :staff)";
        var spec = jdbc.sql("""
                SELECT e.id, e.client_id, e.admitted_on, p.name, coalesce(s.screens_per_four_weeks, 4) AS per
                FROM episode e JOIN program p ON p.id = e.program_id JOIN client c ON c.id = e.client_id
                LEFT JOIN drug_screen_setting s ON s.program_id = p.id
                WHERE e.status = 'ADMITTED' AND c.deleted_at IS NULL
                  AND (p.kind <> 'MENTAL_HEALTH' OR EXISTS (SELECT 1 FROM unnest(e.diagnoses) d
                                                            WHERE upper(d) ~ '^F1[0-9]'))""" + careTeam
                + " ORDER BY e.admitted_on, e.id");
        if (careTeamOf != null) {
            spec = spec.param("staff", careTeamOf.value());
        }
        return spec.query((rs, n) -> new Screened(new EpisodeId(rs.getObject("id", UUID.class)),
                new ClientId(rs.getObject("client_id", UUID.class)), rs.getObject("admitted_on", LocalDate.class),
                rs.getString("name"), rs.getInt("per"))).list();
    }

    private static UUID[] ids(Collection<EpisodeId> episodes) {
        return episodes.stream().map(EpisodeId::value).toArray(UUID[]::new);
    }

    private static ScreenPanel panel(ResultSet rs) throws SQLException {
        return new ScreenPanel(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                Arrays.asList((String[]) rs.getArray("substances").getArray()));
    }

    private static List<LocalDate> days(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        List<LocalDate> days = new ArrayList<>();
        for (Object value : values) {
            days.add(value instanceof java.sql.Date date ? date.toLocalDate() : LocalDate.parse(value.toString()));
        }
        return days;
    }
}
