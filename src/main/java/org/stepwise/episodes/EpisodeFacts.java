package org.stepwise.episodes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.TrackId;

/**
 * The few facts of an episode that other modules decide by (which track, how many hours a week, when), without the
 * clinical terms. Read without a chart check or audit row: the caller checks access and audits what it shows.
 */
public record EpisodeFacts(EpisodeId id, ClientId client, TrackId track, EpisodeStatus status, BigDecimal weeklyHours,
        LocalDate admittedOn, LocalDate plannedEnd, List<String> diagnoses) {

    public EpisodeFacts {
        diagnoses = List.copyOf(diagnoses);
    }
}
