package org.stepwise.discharge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.stepwise.attendance.EpisodeHours;
import org.stepwise.careplan.ObjectiveProgress;
import org.stepwise.careplan.PlanObjective;
import org.stepwise.discharge.SummaryFigures;
import org.stepwise.episodes.DischargeType;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.EpisodeStatus;
import org.stepwise.episodes.EpisodeView;
import org.stepwise.measures.ChangeCriteria;
import org.stepwise.measures.MeasureAdministrationId;
import org.stepwise.measures.MeasureTrend;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ProgramId;
import org.stepwise.shared.TrackId;

/** The drafting of a summary's figures from the chart's facts, with fixed dates and no database. */
class SummaryDrafterTests {

    private static final LocalDate ADMITTED = LocalDate.of(2026, 3, 2);
    private static final LocalDate DISCHARGED = LocalDate.of(2026, 4, 10);

    @ParameterizedTest(name = "{0} h scheduled, {1} h attended: {2}")
    @CsvSource(nullValues = "none", value = {
            "36, 30, 83",
            "10, 10, 100",
            "9, 0, 0",
            "3, 2, 67",
            "8, 1, 13",
            "4.5, 3.5, 78",
            "0, 0, none",
            "0, 2, none"})
    void attendanceIsAWholePercentRoundedHalfUpAndNoneWhenNothingWasScheduled(String scheduled, String attended,
            Integer percent) {
        SummaryFigures.Attendance figures = SummaryDrafter.attendance(new BigDecimal(scheduled),
                new BigDecimal(attended));

        assertThat(figures.percent()).isEqualTo(percent);
        assertThat(figures.scheduledHours()).isEqualByComparingTo(scheduled);
        assertThat(figures.scheduledHours().scale()).isEqualTo(2);
    }

    @ParameterizedTest(name = "PHQ-9 {0} then {1}: {2}, response {3}, remission {4}")
    @CsvSource({
            "18, 9, Reliable improvement, true, false",
            "18, 4, Reliable improvement, true, true",
            "14, 10, No reliable change, false, false",
            "8, 15, Reliable deterioration, false, false",
            "12, 12, No reliable change, false, false",
            "20, 14, Reliable improvement, false, false"})
    void theChangeFromTheFirstToTheLastScoreIsJudgedByTheInstrumentsCriteria(int first, int last, String reliability,
            boolean response, boolean remission) {
        MeasureTrend phq9 = trend("phq9", "PHQ-9", ChangeCriteria.PHQ9, point(ADMITTED.plusDays(1), first),
                point(ADMITTED.plusDays(15), 11), point(DISCHARGED.minusDays(1), last));

        SummaryFigures.Score score = SummaryDrafter.scores(List.of(phq9), ADMITTED, DISCHARGED).getFirst();

        assertThat(score.first()).isEqualTo(first);
        assertThat(score.last()).isEqualTo(last);
        assertThat(score.count()).isEqualTo(3);
        assertThat(score.points()).isEqualTo(last - first);
        assertThat(score.reliability()).isEqualTo(reliability);
        assertThat(score.response()).isEqualTo(response);
        assertThat(score.remission()).isEqualTo(remission);
    }

    @Test
    void onlyScoresFromAdmissionToDischargeCount() {
        MeasureTrend phq9 = trend("phq9", "PHQ-9", ChangeCriteria.PHQ9, point(ADMITTED.minusDays(10), 25),
                point(ADMITTED, 19), point(DISCHARGED, 8), point(DISCHARGED.plusDays(30), 3));

        SummaryFigures.Score score = SummaryDrafter.scores(List.of(phq9), ADMITTED, DISCHARGED).getFirst();

        assertThat(score.firstOn()).isEqualTo(ADMITTED);
        assertThat(score.first()).isEqualTo(19);
        assertThat(score.lastOn()).isEqualTo(DISCHARGED);
        assertThat(score.last()).isEqualTo(8);
        assertThat(score.count()).isEqualTo(2);
    }

    @Test
    void oneScoreOrNoCriteriaIsReportedWithoutAJudgementAndAnInstrumentNotScoredIsLeftOut() {
        MeasureTrend gad7 = trend("gad7", "GAD-7", ChangeCriteria.GAD7, point(ADMITTED.plusDays(2), 12));
        MeasureTrend audit = trend("audit", "AUDIT", null, point(ADMITTED.plusDays(2), 20),
                point(ADMITTED.plusDays(20), 6));
        MeasureTrend before = trend("pcl5", "PCL-5", null, point(ADMITTED.minusDays(3), 40));

        List<SummaryFigures.Score> scores = SummaryDrafter.scores(List.of(audit, gad7, before), ADMITTED, DISCHARGED);

        assertThat(scores).extracting(SummaryFigures.Score::instrument).containsExactly("audit", "gad7");
        assertThat(scores).allSatisfy(s -> {
            assertThat(s.reliability()).isNull();
            assertThat(s.response()).isFalse();
        });
        assertThat(scores.getFirst().signedPoints()).isEqualTo("-14");
    }

    @ParameterizedTest
    @EnumSource(DischargeType.class)
    void theDraftCarriesTheEpisodeAndHowItEnded(DischargeType type) {
        String level = type == DischargeType.STEPPED_UP ? "2.5" : type == DischargeType.STEPPED_DOWN ? "1" : null;
        EpisodeView episode = episode(new EpisodeView.Discharge(type, DISCHARGED, "Reason for " + type, level,
                type.needsDestination() ? "Riverside Counseling" : null, "director", Instant.now()));
        PlanObjective objective = new PlanObjective(UUID.randomUUID(), UUID.randomUUID(), "Depression",
                "Feel better", "Walk 3 times a week", ADMITTED.plusDays(30), ObjectiveProgress.MET, true);

        SummaryFigures figures = SummaryDrafter.draft(new ChartFacts(episode, new EpisodeHours(new BigDecimal("20"),
                new BigDecimal("15")), List.of(), List.of(objective), 1, ADMITTED.plusDays(3), 2,
                List.of("Sertraline 50 mg daily")));

        assertThat(figures.type()).isEqualTo(type);
        assertThat(figures.levelAtAdmission()).isEqualTo("2.1");
        assertThat(figures.levelAtDischarge()).isEqualTo(level);
        assertThat(figures.lengthOfStayDays()).isEqualTo(40);
        assertThat(figures.reason()).isEqualTo("Reason for " + type);
        assertThat(figures.destination()).isEqualTo(type.needsDestination() ? "Riverside Counseling" : null);
        assertThat(figures.diagnoses()).containsExactly("F33.1", "F41.1");
        assertThat(figures.attendance().percent()).isEqualTo(75);
        assertThat(figures.objectives()).singleElement().satisfies(o -> {
            assertThat(o.text()).isEqualTo("Walk 3 times a week");
            assertThat(o.progress()).isEqualTo("Met");
        });
        assertThat(figures.safety()).isEqualTo(new SummaryFigures.Safety(1, ADMITTED.plusDays(3), 2));
        assertThat(figures.medications()).containsExactly("Sertraline 50 mg daily");
    }

    private static EpisodeView episode(EpisodeView.Discharge discharge) {
        return new EpisodeView(new EpisodeId(UUID.randomUUID()), new ClientId(UUID.randomUUID()),
                new ProgramId(UUID.randomUUID()), "Mental Health IOP", new TrackId(UUID.randomUUID()), "Day track",
                EpisodeStatus.DISCHARGED, null, ADMITTED, 90, ADMITTED.plusDays(90), 0, new BigDecimal("9"), "2.1",
                List.of("F33.1", "F41.1"), null, null, null, List.of(), 3, List.of(), discharge, null);
    }

    private static MeasureTrend.Point point(LocalDate on, int score) {
        return new MeasureTrend.Point(on, score, null, new MeasureAdministrationId(UUID.randomUUID()));
    }

    private static MeasureTrend trend(String code, String name, ChangeCriteria criteria, MeasureTrend.Point... points) {
        return new MeasureTrend(code, name, 0, 27, true, List.of(), List.of(points), criteria, null, null);
    }
}
