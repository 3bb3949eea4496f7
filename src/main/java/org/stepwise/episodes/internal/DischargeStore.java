package org.stepwise.episodes.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.episodes.DischargeType;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.EpisodeView;

/** Issue 7: how each episode ended (table episode_discharge; a trigger keeps its rows final). */
@Repository
public class DischargeStore {

    private final JdbcClient jdbc;

    DischargeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(EpisodeId episode, DischargeRules.Checked discharge, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO episode_discharge (episode_id, discharge_type, discharged_on, reason, level_at_discharge,
                                               destination, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(episode.value(), discharge.type().name(), discharge.dischargedOn(), discharge.reason(),
                        discharge.levelAtDischarge(), discharge.destination(), by, EpisodeStore.timestamp(at))
                .update();
    }

    public Optional<EpisodeView.Discharge> find(EpisodeId episode) {
        return jdbc.sql("SELECT * FROM episode_discharge WHERE episode_id = ?").param(episode.value())
                .query(DischargeStore::discharge).optional();
    }

    /** The discharges of these episodes (episodes not discharged are left out). */
    public java.util.Map<EpisodeId, EpisodeView.Discharge> find(Collection<EpisodeId> episodes) {
        if (episodes.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<EpisodeId, EpisodeView.Discharge> found = new java.util.HashMap<>();
        jdbc.sql("SELECT * FROM episode_discharge WHERE episode_id = ANY(?)")
                .param(episodes.stream().map(EpisodeId::value).distinct().toArray(UUID[]::new))
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> found.put(
                        new EpisodeId(rs.getObject("episode_id", UUID.class)), discharge(rs, 0)));
        return found;
    }

    /** Issue 7: each client's most recent discharged episode, with its program's name (clients never discharged are left out). */
    public java.util.Map<org.stepwise.shared.ClientId, org.stepwise.episodes.FormerEpisode> latestOf(
            Collection<org.stepwise.shared.ClientId> clients) {
        if (clients.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<org.stepwise.shared.ClientId, org.stepwise.episodes.FormerEpisode> found = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (e.client_id) e.id, e.client_id, p.name, d.discharge_type, d.discharged_on
                FROM episode e JOIN episode_discharge d ON d.episode_id = e.id JOIN program p ON p.id = e.program_id
                WHERE e.client_id = ANY(?)
                ORDER BY e.client_id, d.discharged_on DESC, d.recorded_at DESC""")
                .param(clients.stream().map(org.stepwise.shared.ClientId::value).distinct().toArray(UUID[]::new))
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    var client = new org.stepwise.shared.ClientId(rs.getObject("client_id", UUID.class));
                    found.put(client, new org.stepwise.episodes.FormerEpisode(
                            new EpisodeId(rs.getObject("id", UUID.class)), client, rs.getString("name"),
                            DischargeType.valueOf(rs.getString("discharge_type")),
                            rs.getObject("discharged_on", java.time.LocalDate.class)));
                });
        return found;
    }

    /** Episodes discharged between two days (inclusive), earliest first: for follow-ups and reports. */
    public List<EpisodeId> dischargedBetween(java.time.LocalDate from, java.time.LocalDate to) {
        return jdbc.sql("""
                SELECT episode_id FROM episode_discharge WHERE discharged_on BETWEEN ? AND ?
                ORDER BY discharged_on, episode_id""")
                .params(from, to).query((rs, row) -> new EpisodeId(rs.getObject(1, UUID.class))).list();
    }

    private static EpisodeView.Discharge discharge(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new EpisodeView.Discharge(DischargeType.valueOf(rs.getString("discharge_type")),
                rs.getObject("discharged_on", java.time.LocalDate.class), rs.getString("reason"),
                rs.getString("level_at_discharge"), rs.getString("destination"), rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }
}
