package org.stepwise.safety.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.safety.HomeAssessment;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/** Home environment assessments (table {@code recovery_environment_assessment}), only ever added. */
@Repository
public class HomeAssessmentStore {

    private final JdbcClient jdbc;

    HomeAssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ClientId> clientOf(UUID assessment) {
        return jdbc.sql("SELECT client_id FROM recovery_environment_assessment WHERE id = ?").param(assessment)
                .query((rs, n) -> new ClientId(rs.getObject("client_id", UUID.class))).optional();
    }

    public void insert(UUID id, ClientId client, EpisodeId episode, boolean supportsRecovery, String summary,
            LocalDate assessedOn, StaffId by, Instant at) {
        jdbc.sql("""
                INSERT INTO recovery_environment_assessment (id, client_id, episode_id, supports_recovery, summary,
                    assessed_on, assessed_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, client.value(), episode.value(), supportsRecovery, summary, assessedOn, by.value(),
                        RecoveryPlanStore.timestamp(at))
                .update();
    }

    /** The client's assessments, the latest first. */
    public List<HomeAssessment> forClient(ClientId client) {
        return jdbc.sql("""
                SELECT a.*, s.display_name FROM recovery_environment_assessment a JOIN staff s ON s.id = a.assessed_by
                WHERE a.client_id = ? ORDER BY a.assessed_on DESC, a.recorded_at DESC""")
                .param(client.value())
                .query((rs, n) -> new HomeAssessment(rs.getObject("id", UUID.class), rs.getBoolean("supports_recovery"),
                        rs.getString("summary"), rs.getObject("assessed_on", LocalDate.class),
                        rs.getString("display_name"), RecoveryPlanStore.instant(rs, "recorded_at")))
                .list();
    }
}
