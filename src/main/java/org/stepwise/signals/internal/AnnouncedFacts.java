package org.stepwise.signals.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepwise.safety.DrugScreenResulted;
import org.stepwise.safety.RecoveryEnvironmentAssessed;
import org.stepwise.safety.SafetyAlertRaised;
import org.stepwise.safety.SafetyAlertResolved;
import org.stepwise.shared.ClientId;
import org.stepwise.signals.rules.ClientFacts;

/**
 * The facts the safety module announces by event (alerts, drug screens, home assessments), kept in this module's own
 * tables as they arrive so that the rules read them without reaching into safety's tables. Every write is an upsert:
 * an event delivered twice changes nothing.
 */
@Component
class AnnouncedFacts {

    private final JdbcClient jdbc;

    AnnouncedFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void alertRaised(SafetyAlertRaised e) {
        jdbc.sql("""
                INSERT INTO signal_safety_alert (alert_id, client_id, reason, opened_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (alert_id) DO NOTHING""")
                .params(e.alert().value(), e.client().value(), e.reason(), SignalStore.ts(e.openedAt()))
                .update();
    }

    void alertResolved(SafetyAlertResolved e) {
        // An alert raised before this module listened is known only by its resolution; it was open until then.
        jdbc.sql("""
                INSERT INTO signal_safety_alert (alert_id, client_id, reason, opened_at, resolved_at)
                VALUES (?, ?, 'Safety alert', ?, ?)
                ON CONFLICT (alert_id) DO UPDATE SET resolved_at = excluded.resolved_at""")
                .params(e.alert().value(), e.client().value(), SignalStore.ts(e.resolvedAt()),
                        SignalStore.ts(e.resolvedAt()))
                .update();
    }

    void screenResulted(DrugScreenResulted e) {
        jdbc.sql("""
                INSERT INTO signal_drug_screen (screen_id, client_id, episode_id, collected_on, observed, unexpected,
                                                recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (screen_id) DO UPDATE SET collected_on = excluded.collected_on,
                    observed = excluded.observed, unexpected = excluded.unexpected, recorded_at = excluded.recorded_at
                WHERE signal_drug_screen.recorded_at <= excluded.recorded_at""")
                .params(e.screen(), e.client().value(), e.episode().value(), e.collectedOn(), e.observed(),
                        e.unexpectedPositives().toArray(String[]::new), SignalStore.ts(e.recordedAt()))
                .update();
    }

    void homeAssessed(RecoveryEnvironmentAssessed e, Instant receivedAt) {
        jdbc.sql("""
                INSERT INTO signal_home_assessment (assessment_id, client_id, episode_id, supports_recovery, summary,
                                                    assessed_on, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (assessment_id) DO UPDATE SET supports_recovery = excluded.supports_recovery,
                    summary = excluded.summary, assessed_on = excluded.assessed_on""")
                .params(e.assessment(), e.client().value(), e.episode().value(), e.supportsRecovery(), e.summary(),
                        e.assessedOn(), SignalStore.ts(receivedAt))
                .update();
    }

    List<ClientFacts.Alert> alerts(ClientId client, ZoneId zone) {
        return jdbc.sql("SELECT alert_id, reason, opened_at, resolved_at FROM signal_safety_alert WHERE client_id = ? "
                + "ORDER BY opened_at")
                .param(client.value())
                .query((rs, n) -> {
                    OffsetDateTime resolved = rs.getObject("resolved_at", OffsetDateTime.class);
                    return new ClientFacts.Alert(rs.getObject("alert_id", UUID.class), rs.getString("reason"),
                            day(rs.getObject("opened_at", OffsetDateTime.class), zone),
                            resolved == null ? null : day(resolved, zone));
                })
                .list();
    }

    List<ClientFacts.Screen> screens(ClientId client, UUID episode) {
        return jdbc.sql("SELECT screen_id, collected_on, unexpected FROM signal_drug_screen WHERE client_id = ? "
                + "AND episode_id = ? ORDER BY collected_on DESC, recorded_at DESC")
                .params(client.value(), episode)
                .query((rs, n) -> new ClientFacts.Screen(rs.getObject("screen_id", UUID.class),
                        rs.getObject("collected_on", LocalDate.class),
                        Arrays.asList((String[]) rs.getArray("unexpected").getArray())))
                .list();
    }

    ClientFacts.@Nullable Home latestHome(ClientId client, UUID episode) {
        return jdbc.sql("""
                SELECT assessment_id, supports_recovery, summary, assessed_on FROM signal_home_assessment
                WHERE client_id = ? AND episode_id = ? ORDER BY assessed_on DESC, received_at DESC LIMIT 1""")
                .params(client.value(), episode)
                .query((rs, n) -> new ClientFacts.Home(rs.getObject("assessment_id", UUID.class),
                        rs.getBoolean("supports_recovery"), rs.getString("summary"),
                        rs.getObject("assessed_on", LocalDate.class)))
                .optional().orElse(null);
    }

    private static LocalDate day(OffsetDateTime at, ZoneId zone) {
        return at.atZoneSameInstant(zone).toLocalDate();
    }
}
