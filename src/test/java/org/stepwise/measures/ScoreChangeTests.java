package org.stepwise.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stepwise.measures.ScoreChange.Reliability.NO_RELIABLE_CHANGE;
import static org.stepwise.measures.ScoreChange.Reliability.RELIABLE_DETERIORATION;
import static org.stepwise.measures.ScoreChange.Reliability.RELIABLE_IMPROVEMENT;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreChangeTests {

    @ParameterizedTest(name = "PHQ-9 {0} -> {1}: {2}")
    @CsvSource({
            "12, 18, RELIABLE_DETERIORATION", // exactly 6 points up
            "12, 17, NO_RELIABLE_CHANGE",     // 5 points up
            "18, 12, RELIABLE_IMPROVEMENT",   // exactly 6 points down
            "18, 13, NO_RELIABLE_CHANGE",
            "10, 10, NO_RELIABLE_CHANGE",
            "0, 27, RELIABLE_DETERIORATION",
            "27, 0, RELIABLE_IMPROVEMENT"})
    void phq9ChangeOfSixOrMoreIsReliable(int baseline, int latest, ScoreChange.Reliability expected) {
        assertThat(ScoreChange.between(baseline, latest, ChangeCriteria.PHQ9).reliability()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "GAD-7 {0} -> {1}: {2}")
    @CsvSource({"10, 14, RELIABLE_DETERIORATION", "10, 13, NO_RELIABLE_CHANGE", "14, 10, RELIABLE_IMPROVEMENT",
            "14, 11, NO_RELIABLE_CHANGE"})
    void gad7ChangeOfFourOrMoreIsReliable(int baseline, int latest, ScoreChange.Reliability expected) {
        assertThat(ScoreChange.between(baseline, latest, ChangeCriteria.GAD7).reliability()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "PHQ-9 {0} -> {1}: response {2}, remission {3}")
    @CsvSource({
            "20, 10, true, false",  // exactly half: a response
            "20, 11, false, false",
            "10, 4, true, true",    // from above 9 to below 5
            "9, 4, true, false",    // started at 9: not eligible for remission
            "12, 5, true, false",   // 5 is not below 5
            "0, 0, false, false"})
    void responseAndRemission(int baseline, int latest, boolean response, boolean remission) {
        ScoreChange change = ScoreChange.between(baseline, latest, ChangeCriteria.PHQ9);
        assertThat(change.response()).isEqualTo(response);
        assertThat(change.remission()).isEqualTo(remission);
    }

    @Test
    void jacobsonTruaxIndexJudgesInstrumentsWithoutAFixedThreshold() {
        // s1 = 10, r = 0.9: SE = 10 * sqrt(0.1) = 3.162; SDiff = sqrt(2) * SE = 4.472; 1.96 * 4.472 = 8.77 points.
        ChangeCriteria pcl = ChangeCriteria.jacobsonTruax(10, 0.9, true);
        assertThat(ScoreChange.between(40, 49, pcl).reliability()).isEqualTo(RELIABLE_DETERIORATION);
        assertThat(ScoreChange.between(40, 48, pcl).reliability()).isEqualTo(NO_RELIABLE_CHANGE);
        assertThat(ScoreChange.between(40, 31, pcl).reliability()).isEqualTo(RELIABLE_IMPROVEMENT);
        assertThat(ScoreChange.between(40, 49, pcl).reliableChangeIndex()).isCloseTo(2.012, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void onAWellbeingScaleARiseIsImprovement() {
        ChangeCriteria who5 = ChangeCriteria.jacobsonTruax(4, 0.85, false);
        assertThat(ScoreChange.between(8, 16, who5).reliability()).isEqualTo(RELIABLE_IMPROVEMENT);
        assertThat(ScoreChange.between(16, 8, who5).reliability()).isEqualTo(RELIABLE_DETERIORATION);
        assertThat(ScoreChange.between(16, 8, who5).response()).isFalse();
    }

    @Test
    void criteriaCheckThemselves() {
        assertThatThrownBy(() -> new ChangeCriteria(null, null, 0.9, true, null, null))
                .hasMessageContaining("standard deviation");
        assertThatThrownBy(() -> ChangeCriteria.jacobsonTruax(10, 1.0, true)).hasMessageContaining("reliability");
        assertThatThrownBy(() -> new ChangeCriteria(6, null, null, true, 5, null)).hasMessageContaining("remission");
    }
}
