package org.stepwise.intake.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.intake.Candidacy;
import org.stepwise.intake.PlacementFramework;
import org.stepwise.intake.Recommendation;

/**
 * Cases worked out by hand from the default tables (docs/level-of-care.md). Ratings are written in the framework's
 * dimension order; candidacy as five letters: needsMoreThanWeekly, needs24HourCare, medicallyStable,
 * homeSupportsRecovery, motivated (Y or N).
 */
class HandCheckedRecommendationsTests {

    static Stream<Arguments> cases() {
        return Stream.of(
                // substance use: d1 withdrawal, d2 physical, d3 emotional, d4 readiness, d5 relapse, d6 environment
                su("0 0 0 0 0 0", "NNYYY", "1", "d1 d2 d3 d4 d5 d6"),
                su("1 1 1 1 1 1", "NNYYY", "1", "d1 d2 d3 d4 d5 d6"),
                su("0 0 0 0 0 0", "YNYYY", "2.1", "needsMoreThanWeekly"),
                su("1 0 2 1 2 0", "YNYYY", "2.1", "d3 d5 needsMoreThanWeekly"),
                su("0 0 3 3 1 1", "YNYYY", "2.5", "d3 d4"),
                su("0 0 2 2 2 3", "YNYYY", "3.1", "d6"),
                su("0 0 0 0 4 3", "YNYYY", "3.5", "d5"),
                su("3 0 2 2 2 2", "YNYYY", "3.7", "d1"),
                su("0 3 4 0 0 0", "YNYYY", "3.7", "d2 d3"),
                // one dimension at 4 and the rest at 0 averages under 1: the highest need still sets the level
                su("0 4 0 0 0 0", "YNYYY", "4", "d2"),
                su("1 1 1 1 1 1", "YYYYY", "3.1", "needs24HourCare"),
                su("0 0 2 2 0 0", "YYYYY", "3.1", "needs24HourCare"),
                su("0 0 0 0 0 3", "YYYYY", "3.1", "d6 needs24HourCare"),
                su("1 1 1 1 1 1", "YNNYY", "3.7", "medicallyStable"),
                su("3 0 0 0 0 0", "YYNYY", "3.7", "d1 medicallyStable"),
                su("4 0 0 0 0 0", "YNNYY", "4", "d1"),
                su("0 0 0 0 0 0", "NNYNY", "2.1", "homeSupportsRecovery"),
                su("0 0 0 0 0 0", "NNYYN", "1", "d1 d2 d3 d4 d5 d6"),
                su("0 0 0 2 0 0", "YNYYN", "2.1", "d4 needsMoreThanWeekly"),
                // mental health: riskOfHarm, functionalStatus, comorbidity, environmentStress, environmentSupport,
                // treatmentHistory, engagement
                mh("0 0 0 0 0 0 0", "NNYYY", "1", "riskOfHarm functionalStatus comorbidity environmentStress "
                        + "environmentSupport treatmentHistory engagement"),
                mh("2 1 1 1 1 1 1", "YNYYY", "2.1", "riskOfHarm needsMoreThanWeekly"),
                mh("3 0 0 0 0 0 0", "YNYYY", "3.7", "riskOfHarm"),
                mh("4 2 2 2 2 2 2", "YNYYY", "4", "riskOfHarm"),
                mh("1 4 1 1 1 1 1", "YNYYY", "3.5", "functionalStatus"),
                mh("1 1 4 1 1 1 1", "YNYYY", "3.7", "comorbidity"),
                mh("1 1 1 4 4 1 1", "YNYYY", "3.1", "environmentStress environmentSupport"),
                mh("1 1 1 1 1 4 4", "YNYYY", "2.5", "treatmentHistory engagement"),
                mh("1 1 1 1 1 1 3", "YNYYY", "2.1", "engagement needsMoreThanWeekly"),
                mh("2 2 2 2 2 2 2", "YYYYY", "3.1", "needs24HourCare"),
                mh("2 2 2 2 2 2 2", "YNNYY", "3.7", "medicallyStable"));
    }

    @ParameterizedTest(name = "{0} {1} with {2} calls for {3} driven by {4}")
    @MethodSource("cases")
    void recommendsTheLevelWorkedOutByHand(PlacementFramework framework, String ratings, String answers,
            String level, String drivers) {
        LevelOfCareRule rule = DefaultTables.rule(framework);
        Map<String, Integer> byKey = new LinkedHashMap<>();
        String[] values = ratings.split(" ");
        for (int i = 0; i < values.length; i++) {
            byKey.put(framework.dimensionKeys().get(i), Integer.parseInt(values[i]));
        }
        Recommendation recommendation = rule.recommend(Ratings.of(rule.table(), byKey), candidacy(answers));
        assertThat(recommendation.level().code()).isEqualTo(level);
        assertThat(recommendation.drivers()).isEqualTo(List.of(drivers.split(" ")));
    }

    private static Arguments su(String ratings, String answers, String level, String drivers) {
        return Arguments.of(PlacementFramework.SUBSTANCE_USE, ratings, answers, level, drivers);
    }

    private static Arguments mh(String ratings, String answers, String level, String drivers) {
        return Arguments.of(PlacementFramework.MENTAL_HEALTH, ratings, answers, level, drivers);
    }

    private static Candidacy candidacy(String answers) {
        boolean[] yes = new boolean[5];
        for (int i = 0; i < yes.length; i++) {
            yes[i] = answers.charAt(i) == 'Y';
        }
        return new Candidacy(yes[0], yes[1], yes[2], yes[3], yes[4]);
    }
}
