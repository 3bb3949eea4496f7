package org.stepwise.measures.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepwise.measures.scoring.Instruments.answersForTotal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every band boundary of every instrument banded by its total, from both sides, and every cut-off from both sides, as
 * iop-domain.md section 6 and issue 3 state them.
 */
class BandBoundaryTests {

    @ParameterizedTest(name = "{0} total {1} is {2}, positive {3}")
    @CsvSource({
        // PHQ-9: 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe; positive >= 10
        "phq9, 0, minimal, false", "phq9, 4, minimal, false", "phq9, 5, mild, false", "phq9, 9, mild, false",
        "phq9, 10, moderate, true", "phq9, 14, moderate, true", "phq9, 15, moderately-severe, true",
        "phq9, 19, moderately-severe, true", "phq9, 20, severe, true", "phq9, 27, severe, true",
        // GAD-7: 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe; positive >= 10
        "gad7, 0, minimal, false", "gad7, 4, minimal, false", "gad7, 5, mild, false", "gad7, 9, mild, false",
        "gad7, 10, moderate, true", "gad7, 14, moderate, true", "gad7, 15, severe, true", "gad7, 21, severe, true",
        // PCL-5: probable PTSD at 33
        "pcl5, 0, below-cut-off, false", "pcl5, 32, below-cut-off, false", "pcl5, 33, probable-ptsd, true",
        "pcl5, 80, probable-ptsd, true",
        // AUDIT: zones I 0-7, II 8-15, III 16-19, IV 20-40; positive >= 8
        "audit, 0, zone-i, false", "audit, 7, zone-i, false", "audit, 8, zone-ii, true", "audit, 15, zone-ii, true",
        "audit, 16, zone-iii, true", "audit, 19, zone-iii, true", "audit, 20, zone-iv, true", "audit, 40, zone-iv, true",
        // DAST-10: 0 none, 1-2 low, 3-5 moderate, 6-8 substantial, 9-10 severe; positive >= 3
        "dast10, 0, none, false", "dast10, 1, low, false", "dast10, 2, low, false", "dast10, 3, moderate, true",
        "dast10, 5, moderate, true", "dast10, 6, substantial, true", "dast10, 8, substantial, true",
        "dast10, 9, severe, true", "dast10, 10, severe, true",
    })
    void bandAndCutOffFollowTheTotal(String code, int total, String band, boolean positive) {
        Score score = Instruments.score(code, answersForTotal(code, total));

        assertThat(score.total()).isEqualTo(total);
        assertThat(score.band()).isEqualTo(band);
        assertThat(score.positive()).isEqualTo(positive);
    }

    @ParameterizedTest(name = "WHO-5 {0} gives raw {1}, percent {2}, {3}")
    @CsvSource({
        // raw < 13 is poor; 13 and above is adequate when no item is 0 or 1
        "'3,3,2,2,2', 12, 48, poor",
        "'3,3,3,2,2', 13, 52, adequate",
        "'5,5,5,5,5', 25, 100, adequate",
        "'2,2,2,2,2', 10, 40, poor",
        // any item at 0 or 1 is poor whatever the raw score
        "'5,5,5,5,1', 21, 84, poor",
        "'5,5,5,5,0', 20, 80, poor",
        "'0,5,5,5,5', 20, 80, poor",
        "'2,5,5,5,5', 22, 88, adequate",
        "'0,0,0,0,0', 0, 0, poor",
    })
    void who5PercentIsRawTimesFourAndPoorWellbeingIsRawBelow13OrAnyItemAt0Or1(String answers, int raw, int percent,
            String band) {
        int[] values = java.util.Arrays.stream(answers.split(",")).mapToInt(Integer::parseInt).toArray();

        Score score = Instruments.score("who5", values);

        assertThat(score.total()).isEqualTo(raw);
        assertThat(score.extra()).containsEntry("percent", percent);
        assertThat(score.band()).isEqualTo(band);
        assertThat(score.positive()).isEqualTo(band.equals("poor"));
        if (band.equals("poor")) {
            assertThat(score.flags()).containsExactly("poor-wellbeing");
        } else {
            assertThat(score.flags()).isEmpty();
        }
    }

    @ParameterizedTest(name = "AUDIT-C total {1} for {0} is positive: {2}")
    @CsvSource({
        "female, 2, false", "female, 3, true", "female, 12, true",
        "male, 3, false", "male, 4, true", "male, 12, true",
        "female, 0, false", "male, 0, false",
    })
    void auditCCutOffIs3ForWomenAnd4ForMen(String sex, int total, boolean positive) {
        Instrument auditC = Instruments.get("auditc");

        Score score = auditC.score(new ScoreRequest(boxed(answersForTotal("auditc", total)), sex, null));

        assertThat(score.total()).isEqualTo(total);
        assertThat(score.positive()).isEqualTo(positive);
        assertThat(score.sex()).isEqualTo(Sex.parse(sex).orElseThrow());
        assertThat(score.band()).isNull();
    }

    static java.util.List<Integer> boxed(int[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }
}
