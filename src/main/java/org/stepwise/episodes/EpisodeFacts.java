package org.stepwise.episodes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.TrackId;

/**
 * The few facts of an episode that other modules decide by (which track, how many hours a week, when), without the
 * clinical terms. Read without a chart check or audit row: the caller checks access and audits what it shows.
 */
public record EpisodeFacts(EpisodeId id, ClientId client, TrackId track, EpisodeStatus status, BigDecimal weeklyHours,
        LocalDate admittedOn, LocalDate plannedEnd, List<String> diagnoses, @Nullable LocalDate dischargedOn) {

    public EpisodeFacts {
        diagnoses = List.copyOf(diagnoses);
    }

    /**
     * Issue 7: whether the client may be booked into, or attend, a session on {@code day}: the episode is admitted, or
     * it was discharged and the day is not after the last day of treatment (attendance recorded late for a day in
     * treatment). A waitlisted or cancelled episode takes nothing.
     */
    public boolean inTreatmentOn(LocalDate day) {
        return switch (status) {
            case ADMITTED -> true;
            case DISCHARGED -> dischargedOn != null && !day.isAfter(dischargedOn) && !day.isBefore(admittedOn);
            case WAITLISTED, CANCELLED -> false;
        };
    }
}
