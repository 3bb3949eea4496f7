package org.stepwise.discharge.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepwise.attendance.EpisodeHours;
import org.stepwise.careplan.PlanObjective;
import org.stepwise.episodes.EpisodeView;
import org.stepwise.measures.MeasureTrend;

/**
 * What the chart holds for a discharged episode, as read through the other modules' public APIs: the input of
 * {@link SummaryDrafter}.
 *
 * @param episode a discharged episode (its {@code discharge()} is set)
 * @param trends every instrument's scores of the client, all dates (the drafter keeps those during the episode)
 * @param safetyPlanSignedOn when the newest signed safety plan version was signed, or null
 * @param medications what the chart lists as prescribed ("Buprenorphine/naloxone 8 mg daily")
 */
public record ChartFacts(EpisodeView episode, EpisodeHours hours, List<MeasureTrend> trends,
        List<PlanObjective> objectives, int openSafetyAlerts, @Nullable LocalDate safetyPlanSignedOn,
        @Nullable Integer safetyPlanVersion, List<String> medications) {

    public ChartFacts {
        trends = List.copyOf(trends);
        objectives = List.copyOf(objectives);
        medications = List.copyOf(medications);
    }
}
