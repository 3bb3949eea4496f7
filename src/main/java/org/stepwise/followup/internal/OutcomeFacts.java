package org.stepwise.followup.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.stepwise.episodes.EpisodeFacts;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.EpisodeRecords;
import org.stepwise.measures.MeasureAdministration;
import org.stepwise.measures.MeasureHistory;
import org.stepwise.shared.ClientId;

/**
 * The PHQ-9 scores the re-engagement rule compares, read as the system (no chart check, no audit row: the caller has
 * checked the chart and audits what it saves): the last of the episode, and the latest since discharge.
 */
@Component
public class OutcomeFacts {

    static final String PHQ9 = "phq9";

    private final MeasureHistory history;
    private final EpisodeRecords episodes;

    OutcomeFacts(MeasureHistory history, EpisodeRecords episodes) {
        this.history = history;
        this.episodes = episodes;
    }

    /** The last PHQ-9 total given during the episode (admission to discharge, both days counted), or null. */
    public @Nullable Integer lastPhq9Of(ClientId client, UUID episode) {
        EpisodeFacts facts = episodes.facts(new EpisodeId(episode)).orElse(null);
        if (facts == null) {
            return null;
        }
        LocalDate end = facts.dischargedOn() == null ? LocalDate.MAX : facts.dischargedOn();
        return latest(client, facts.admittedOn(), end);
    }

    /** The latest PHQ-9 total given after the discharge day, or null. */
    public @Nullable Integer phq9Since(ClientId client, LocalDate dischargedOn) {
        return latest(client, dischargedOn.plusDays(1), LocalDate.MAX);
    }

    private @Nullable Integer latest(ClientId client, LocalDate from, LocalDate to) {
        return history.forClient(client).stream()
                .filter(a -> a.instrument().equals(PHQ9) && a.total() != null)
                .filter(a -> !a.administeredOn().isBefore(from) && !a.administeredOn().isAfter(to))
                .max(Comparator.comparing(MeasureAdministration::administeredOn)
                        .thenComparing(MeasureAdministration::createdAt))
                .map(MeasureAdministration::total).orElse(null);
    }
}
