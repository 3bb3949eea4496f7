package org.stepwise.discharge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepwise.episodes.DischargeType;

/**
 * What the summary reports from the chart, drafted, never typed: the episode's dates and terms, how it ended,
 * attendance, the first and last score of each instrument, the plan's objectives, safety and medications. Stored as
 * part of the summary's content, so a signed summary keeps the figures it was signed with.
 *
 * @param lengthOfStayDays days in treatment, admission and discharge days included
 * @param levelAtDischarge the level of care the client goes on to, or null when none was named
 * @param destination the provider or program taking over, or null
 */
public record SummaryFigures(String programName, String trackName, LocalDate admittedOn, LocalDate dischargedOn,
        long lengthOfStayDays, List<String> diagnoses, String levelAtAdmission, @Nullable String levelAtDischarge,
        DischargeType type, String reason, @Nullable String destination, Attendance attendance, List<Score> scores,
        List<Objective> objectives, Safety safety, List<String> medications) {

    public SummaryFigures {
        diagnoses = List.copyOf(diagnoses);
        scores = List.copyOf(scores);
        objectives = List.copyOf(objectives);
        medications = List.copyOf(medications);
    }

    /**
     * Hours over the episode up to the discharge date.
     *
     * @param percent attended of scheduled, rounded to a whole percent; null when nothing was scheduled
     */
    public record Attendance(BigDecimal scheduledHours, BigDecimal attendedHours, @Nullable Integer percent) {}

    /**
     * The first and last score of one instrument during the episode, and the change between them as
     * {@link org.stepwise.measures.ScoreChange} judges it.
     *
     * @param count how many scores the episode holds
     * @param reliability "Reliable improvement", "No reliable change", "Reliable deterioration"; null when there is one
     *     score only, or the instrument has no change criteria
     */
    public record Score(String instrument, String name, int count, LocalDate firstOn, int first, LocalDate lastOn,
            int last, int points, @Nullable String reliability, boolean response, boolean remission) {

        /** "+7", "-3", "0". */
        public String signedPoints() {
            return points > 0 ? "+" + points : String.valueOf(points);
        }
    }

    /** One objective of the plan and where the client stood on it. */
    public record Objective(String problem, String goal, String text, @Nullable LocalDate targetDate,
            String progress) {}

    /**
     * Safety at discharge.
     *
     * @param openAlerts safety alerts still open
     * @param safetyPlanSignedOn when the newest signed version of the safety plan was signed; null when none was
     * @param safetyPlanVersion that version's number
     */
    public record Safety(int openAlerts, @Nullable LocalDate safetyPlanSignedOn, @Nullable Integer safetyPlanVersion) {}
}
