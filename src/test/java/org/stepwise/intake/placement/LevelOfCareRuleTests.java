package org.stepwise.intake.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stepwise.intake.Candidacy;
import org.stepwise.intake.LevelOfCare;
import org.stepwise.intake.PlacementFramework;
import org.stepwise.intake.Recommendation;

/**
 * The placement rule over the whole grid of ratings (5^6 = 15,625 for substance use, 5^7 = 78,125 for mental health),
 * for every combination of candidacy answers where that is cheap.
 */
class LevelOfCareRuleTests {

    private static final Candidacy[] ALL_ANSWERS = RatingGrid.allCandidacies();

    @ParameterizedTest
    @EnumSource(PlacementFramework.class)
    void theLevelIsTheHighestLevelAnyDimensionCallsForNeverAnAverage(PlacementFramework framework) {
        LevelOfCareRule rule = DefaultTables.rule(framework);
        long visited = RatingGrid.forEach(framework.dimensionKeys().size(), ratings -> {
            LevelOfCare highest = highestCalledFor(rule.table(), ratings);
            LevelOfCare level = rule.level(ratings, Candidacy.noConcerns());
            if (level != highest) {
                fail("%s: ratings %s give %s, but the highest dimension calls for %s", framework.key(),
                        java.util.Arrays.toString(ratings), level.code(), highest.code());
            }
        });
        assertThat(visited).isEqualTo(pow5(framework.dimensionKeys().size()));
    }

    @ParameterizedTest
    @EnumSource(PlacementFramework.class)
    void withAnyCandidacyAnswersTheLevelIsTheHighestOfTheDimensionsAndTheAnswersFloor(PlacementFramework framework) {
        LevelOfCareRule rule = DefaultTables.rule(framework);
        RatingGrid.forEach(framework.dimensionKeys().size(), ratings -> {
            LevelOfCare highest = highestCalledFor(rule.table(), ratings);
            for (Candidacy answers : ALL_ANSWERS) {
                LevelOfCare expected = highest.atLeast(floorByHand(answers));
                if (rule.level(ratings, answers) != expected) {
                    fail("%s %s %s: expected %s", framework.key(), java.util.Arrays.toString(ratings), answers,
                            expected.code());
                }
            }
        });
    }

    @ParameterizedTest
    @EnumSource(PlacementFramework.class)
    void raisingAnySingleRatingByOneNeverLowersTheLevel(PlacementFramework framework) {
        LevelOfCareRule rule = DefaultTables.rule(framework);
        AtomicLong comparisons = new AtomicLong();
        RatingGrid.forEach(framework.dimensionKeys().size(), ratings -> {
            for (Candidacy answers : new Candidacy[] {Candidacy.noConcerns(), Candidacy.iopCandidate()}) {
                LevelOfCare before = rule.level(ratings, answers);
                for (int d = 0; d < ratings.length; d++) {
                    if (ratings[d] == 4) {
                        continue;
                    }
                    ratings[d]++;
                    LevelOfCare after = rule.level(ratings, answers);
                    ratings[d]--;
                    comparisons.incrementAndGet();
                    if (before.isAbove(after)) {
                        fail("%s: raising %s from %d lowered %s to %s", framework.key(),
                                framework.dimensionKeys().get(d), ratings[d], before.code(), after.code());
                    }
                }
            }
        });
        assertThat(comparisons.get()).isPositive();
    }

    @ParameterizedTest
    @EnumSource(PlacementFramework.class)
    void makingAnyCandidacyAnswerWorseNeverLowersTheLevel(PlacementFramework framework) {
        LevelOfCareRule rule = DefaultTables.rule(framework);
        RatingGrid.forEach(framework.dimensionKeys().size(), ratings -> {
            for (Candidacy answers : ALL_ANSWERS) {
                LevelOfCare before = rule.level(ratings, answers);
                for (Candidacy worse : RatingGrid.worsenings(answers)) {
                    if (before.isAbove(rule.level(ratings, worse))) {
                        fail("%s %s: %s -> %s lowered the level", framework.key(), java.util.Arrays.toString(ratings),
                                answers, worse);
                    }
                }
            }
        });
    }

    @ParameterizedTest
    @EnumSource(PlacementFramework.class)
    void needing24HourCareOrBeingMedicallyUnstableNeverYieldsOutpatientOrIop(PlacementFramework framework) {
        LevelOfCareRule rule = DefaultTables.rule(framework);
        List<Candidacy> failing = java.util.Arrays.stream(ALL_ANSWERS)
                .filter(a -> a.needs24HourCare() || !a.medicallyStable())
                .toList();
        assertThat(failing).hasSize(24);
        RatingGrid.forEach(framework.dimensionKeys().size(), ratings -> {
            for (Candidacy answers : failing) {
                LevelOfCare level = rule.level(ratings, answers);
                if (level == LevelOfCare.L1 || level == LevelOfCare.L2_1) {
                    fail("%s %s %s gave %s", framework.key(), java.util.Arrays.toString(ratings), answers, level.code());
                }
                if (!answers.medicallyStable() && LevelOfCare.L3_7.isAbove(level)) {
                    fail("medically unstable gave %s", level.code());
                }
            }
        });
    }

    /** The full recommendation, over the whole grid: its level matches the fast path, its drivers are exact. */
    @ParameterizedTest
    @EnumSource(PlacementFramework.class)
    void theDriversAreExactlyTheDimensionsAndAnswersThatCallForTheLevel(PlacementFramework framework) {
        LevelOfCareRule rule = DefaultTables.rule(framework);
        RuleTable table = rule.table();
        Candidacy[] answersToTry = {Candidacy.noConcerns(), Candidacy.iopCandidate(),
            new Candidacy(true, true, true, true, true), new Candidacy(true, false, false, true, true),
            new Candidacy(false, false, true, false, false)};
        RatingGrid.forEach(table.size(), ratings -> {
            Ratings checked = Ratings.of(table, asMap(table, ratings));
            for (Candidacy answers : answersToTry) {
                Recommendation recommendation = rule.recommend(checked, answers);
                assertThat(recommendation.level()).isEqualTo(rule.level(ratings, answers));
                List<String> expected = new ArrayList<>();
                for (int d = 0; d < table.size(); d++) {
                    if (table.dimensions().get(d).levelFor(ratings[d]) == recommendation.level()) {
                        expected.add(table.dimensions().get(d).key());
                    }
                }
                if (recommendation.level().isAbove(LevelOfCare.L1)) {
                    if (answers.needs24HourCare() && recommendation.level() == LevelOfCare.L3_1) {
                        expected.add("needs24HourCare");
                    }
                    if (!answers.medicallyStable() && recommendation.level() == LevelOfCare.L3_7) {
                        expected.add("medicallyStable");
                    }
                    if (answers.needsMoreThanWeekly() && recommendation.level() == LevelOfCare.L2_1) {
                        expected.add("needsMoreThanWeekly");
                    }
                    if (!answers.homeSupportsRecovery() && recommendation.level() == LevelOfCare.L2_1) {
                        expected.add("homeSupportsRecovery");
                    }
                }
                if (!recommendation.drivers().equals(expected)) {
                    fail("%s %s %s: drivers %s, expected %s", framework.key(), java.util.Arrays.toString(ratings),
                            answers, recommendation.drivers(), expected);
                }
                if (recommendation.drivers().isEmpty() || recommendation.reasons().isEmpty()) {
                    fail("a recommendation always names what drove it and why");
                }
            }
        });
    }

    @Test
    void everyCandidacyConcernIsExplainedEvenWhenTheRatingsAlreadyCallForMore() {
        LevelOfCareRule rule = DefaultTables.rule(PlacementFramework.SUBSTANCE_USE);
        Ratings ratings = Ratings.of(rule.table(), Map.of("d1", 4, "d2", 0, "d3", 0, "d4", 0, "d5", 0, "d6", 0));
        Recommendation recommendation = rule.recommend(ratings, new Candidacy(true, true, false, false, false));
        assertThat(recommendation.level()).isEqualTo(LevelOfCare.L4);
        assertThat(recommendation.drivers()).containsExactly("d1");
        assertThat(recommendation.reasons()).containsExactly(
                "Withdrawal potential rated 4 calls for level 4.",
                "Needs 24-hour care: IOP is not suitable; residential or inpatient care (level 3.1 or above) is called for.",
                "Not medically stable: IOP is not suitable; medically monitored care (level 3.7 or above) is called for.",
                "Needs more than weekly therapy: intensive outpatient care (level 2.1) or more is called for.",
                "Home does not support recovery: weekly outpatient care alone is not enough (level 2.1 or more); IOP "
                        + "relies on the client living at home, so consider recovery housing or a residential level.",
                "Not yet motivated for treatment: this does not lower the level; plan engagement work (for example "
                        + "motivational interviewing) from the first contact.");
    }

    @Test
    void ratingsAboveWeeklyCareWithTheAnswerThatWeeklyIsEnoughAskForAReview() {
        LevelOfCareRule rule = DefaultTables.rule(PlacementFramework.MENTAL_HEALTH);
        Map<String, Integer> ratings = new LinkedHashMap<>();
        PlacementFramework.MENTAL_HEALTH.dimensionKeys().forEach(key -> ratings.put(key, 0));
        ratings.put("functionalStatus", 3);
        Recommendation recommendation = rule.recommend(Ratings.of(rule.table(), ratings), Candidacy.noConcerns());
        assertThat(recommendation.level()).isEqualTo(LevelOfCare.L2_5);
        assertThat(recommendation.drivers()).containsExactly("functionalStatus");
        assertThat(recommendation.reasons()).containsExactly("Daily functioning rated 3 calls for level 2.5.",
                "The ratings call for more than weekly care although the answer to \"needs more than weekly therapy\" "
                        + "is no: review that answer or the ratings.");
    }

    private static LevelOfCare highestCalledFor(RuleTable table, int[] ratings) {
        LevelOfCare highest = LevelOfCare.L1;
        for (int d = 0; d < ratings.length; d++) {
            LevelOfCare calledFor = table.dimensions().get(d).levelFor(ratings[d]);
            if (calledFor.compareTo(highest) > 0) {
                highest = calledFor;
            }
        }
        return highest;
    }

    /** The documented candidacy floors, written out again by hand. */
    private static LevelOfCare floorByHand(Candidacy answers) {
        if (!answers.medicallyStable()) {
            return LevelOfCare.L3_7;
        }
        if (answers.needs24HourCare()) {
            return LevelOfCare.L3_1;
        }
        if (answers.needsMoreThanWeekly() || !answers.homeSupportsRecovery()) {
            return LevelOfCare.L2_1;
        }
        return LevelOfCare.L1;
    }

    static Map<String, Integer> asMap(RuleTable table, int[] ratings) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int d = 0; d < ratings.length; d++) {
            map.put(table.dimensions().get(d).key(), ratings[d]);
        }
        return map;
    }

    private static long pow5(int n) {
        long result = 1;
        for (int i = 0; i < n; i++) {
            result *= 5;
        }
        return result;
    }
}
