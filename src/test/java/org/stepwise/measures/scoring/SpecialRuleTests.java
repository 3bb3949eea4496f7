package org.stepwise.measures.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stepwise.measures.scoring.Instruments.score;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules that are not plain sums and bands, each shown from both sides. */
class SpecialRuleTests {

    @Nested
    class Phq9 {

        @Test
        void flagsItemNineAtATotalOfOne() {
            Score s = score("phq9", 0, 0, 0, 0, 0, 0, 0, 0, 1);

            assertThat(s.total()).isEqualTo(1);
            assertThat(s.band()).isEqualTo("minimal");
            assertThat(s.positive()).isFalse();
            assertThat(s.flags()).containsExactly("item9-suicidal-ideation");
        }

        @Test
        void flagsItemNineAtATotalOf27() {
            Score s = score("phq9", 3, 3, 3, 3, 3, 3, 3, 3, 3);

            assertThat(s.total()).isEqualTo(27);
            assertThat(s.band()).isEqualTo("severe");
            assertThat(s.flags()).containsExactly("item9-suicidal-ideation");
        }

        @Test
        void raisesNoFlagWhenItemNineIsZeroHoweverHighTheTotal() {
            Score s = score("phq9", 3, 3, 3, 3, 3, 3, 3, 3, 0);

            assertThat(s.total()).isEqualTo(24);
            assertThat(s.flags()).isEmpty();
        }
    }

    @Nested
    class Dast10 {

        @Test
        void itemThreeScoresOneWhenAnsweredNo() {
            assertThat(score("dast10", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).total()).isEqualTo(1);
            assertThat(score("dast10", 0, 0, 1, 0, 0, 0, 0, 0, 0, 0).total()).isZero();
        }

        @Test
        void everyOtherItemScoresOneWhenAnsweredYes() {
            for (int item = 1; item <= 10; item++) {
                if (item == 3) {
                    continue;
                }
                int[] answers = {0, 0, 1, 0, 0, 0, 0, 0, 0, 0};
                answers[item - 1] = 1;
                assertThat(score("dast10", answers).total()).as("item " + item).isEqualTo(1);
            }
        }

        @Test
        void allYesScoresNineAndAllYesButItemThreeScoresTen() {
            assertThat(score("dast10", 1, 1, 1, 1, 1, 1, 1, 1, 1, 1).total()).isEqualTo(9);
            assertThat(score("dast10", 1, 1, 0, 1, 1, 1, 1, 1, 1, 1).total()).isEqualTo(10);
        }
    }

    @Nested
    class Audit {

        @ParameterizedTest(name = "item {0} refuses {1}")
        @CsvSource({"9, 1", "9, 3", "10, 1", "10, 3", "9, 5", "10, -1"})
        void itemsNineAndTenTakeOnly0Or2Or4(int item, int value) {
            int[] answers = new int[10];
            answers[item - 1] = value;

            assertThatThrownBy(() -> score("audit", answers))
                    .isInstanceOfSatisfying(InvalidAnswers.class, e -> {
                        assertThat(e.fieldErrors()).containsOnlyKeys("answers[" + (item - 1) + "]");
                        assertThat(e.getMessage()).contains("Item " + item).contains("0, 2 or 4");
                    });
        }

        @Test
        void itemsNineAndTenCountTheirPrintedValues() {
            assertThat(score("audit", 0, 0, 0, 0, 0, 0, 0, 0, 2, 0).total()).isEqualTo(2);
            assertThat(score("audit", 0, 0, 0, 0, 0, 0, 0, 0, 4, 4).total()).isEqualTo(8);
            assertThat(score("audit", 0, 0, 0, 0, 0, 0, 0, 0, 4, 4).band()).isEqualTo("zone-ii");
        }

        @Test
        void itemsOneToEightTakeZeroToFour() {
            assertThat(score("audit", 4, 4, 4, 4, 4, 4, 4, 4, 0, 0).total()).isEqualTo(32);
            assertThatThrownBy(() -> score("audit", 5, 0, 0, 0, 0, 0, 0, 0, 0, 0))
                    .hasMessageContaining("Item 1").hasMessageContaining("0, 1, 2, 3 or 4");
        }
    }

    @Nested
    class AuditC {

        @ParameterizedTest(name = "sex \"{0}\" is refused")
        @ValueSource(strings = {"", "other", "f", "unknown"})
        void refusesASexOtherThanFemaleOrMale(String sex) {
            assertThatThrownBy(() -> Instruments.get("auditc").score(new ScoreRequest(List.of(1, 1, 1), sex, null)))
                    .isInstanceOfSatisfying(InvalidAnswers.class, e -> {
                        assertThat(e.fieldErrors()).containsOnlyKeys("sex");
                        assertThat(e.getMessage()).contains("\"female\" or \"male\"");
                    });
        }

        @Test
        void needsTheSexToScore() {
            assertThatThrownBy(() -> score("auditc", 1, 1, 1))
                    .isInstanceOfSatisfying(InvalidAnswers.class,
                            e -> assertThat(e.fieldErrors()).containsOnlyKeys("sex"));
        }

        @Test
        void acceptsTheSexInAnyCase() {
            Score s = Instruments.get("auditc").score(new ScoreRequest(List.of(1, 1, 1), "Female", null));

            assertThat(s.positive()).isTrue();
        }
    }

    @Nested
    class CssrsScreener {

        @ParameterizedTest(name = "{0} recentBehavior={1} is {2}")
        @CsvSource(nullValues = "null", value = {
            "'0,0,0,0,0,0', null, none",
            "'1,0,0,0,0,0', null, low",
            "'0,1,0,0,0,0', null, low",
            "'1,1,0,0,0,0', null, low",
            "'1,1,1,0,0,0', null, moderate",
            "'1,1,0,1,0,0', null, high",
            "'1,1,0,0,1,0', null, high",
            "'1,1,1,1,1,0', null, high",
            // item 6: behaviour within 3 months is high, longer ago is moderate
            "'0,0,0,0,0,1', true, high",
            "'0,0,0,0,0,1', false, moderate",
            "'1,1,0,0,0,1', false, moderate",
            "'1,1,1,0,0,1', true, high",
            // recency is ignored when item 6 is no
            "'1,0,0,0,0,0', true, low",
        })
        void riskLevelFollowsTheItemsAndRecency(String answers, Boolean recent, String level) {
            Score s = cssrs(answers, recent);

            assertThat(s.band()).isEqualTo(level);
            assertThat(s.extra()).containsEntry("riskLevel", level);
            assertThat(s.total()).isNull();
            assertThat(s.positive()).isEqualTo(level.equals("moderate") || level.equals("high"));
            switch (level) {
                case "moderate" -> assertThat(s.flags()).containsExactly("suicide-risk-moderate");
                case "high" -> assertThat(s.flags()).containsExactly("suicide-risk-high");
                default -> assertThat(s.flags()).isEmpty();
            }
        }

        @ParameterizedTest(name = "item {0} yes after item 2 no is a contradiction")
        @ValueSource(ints = {3, 4, 5})
        void itemsThreeToFiveAreNotAskedWhenItemTwoIsNo(int item) {
            int[] answers = {1, 0, 0, 0, 0, 0};
            answers[item - 1] = 1;

            assertThatThrownBy(() -> score("cssrs", answers))
                    .isInstanceOfSatisfying(InvalidAnswers.class, e -> {
                        assertThat(e.fieldErrors()).containsOnlyKeys("answers[" + (item - 1) + "]");
                        assertThat(e.getMessage()).contains("Item " + item).contains("item 2 is no");
                    });
        }

        @Test
        void zerosForTheSkippedItemsAreAcceptedAndIgnored() {
            assertThat(cssrs("1,0,0,0,0,0", null).band()).isEqualTo("low");
            assertThat(cssrs("0,0,0,0,0,1", false).band()).isEqualTo("moderate");
        }

        @Test
        void itemSixYesNeedsRecentBehavior() {
            assertThatThrownBy(() -> cssrs("0,0,0,0,0,1", null))
                    .isInstanceOfSatisfying(InvalidAnswers.class, e -> {
                        assertThat(e.fieldErrors()).containsOnlyKeys("recentBehavior");
                        assertThat(e.getMessage()).contains("3 months");
                    });
        }

        @Test
        void keepsRecencyOnlyWhenItemSixIsYes() {
            assertThat(cssrs("0,0,0,0,0,1", true).recentBehavior()).isTrue();
            assertThat(cssrs("1,0,0,0,0,0", true).recentBehavior()).isNull();
        }

        private Score cssrs(String answers, Boolean recent) {
            List<Integer> values = Arrays.stream(answers.split(",")).map(Integer::valueOf).toList();
            return Instruments.get("cssrs").score(new ScoreRequest(values, null, recent));
        }
    }

    @Nested
    class Pcl5 {

        /** The least that meets the pattern: 1 of B, 1 of C, 2 of D, 2 of E, each at 2. */
        private int[] barePattern() {
            int[] a = new int[20];
            a[0] = 2;       // B: item 1
            a[5] = 2;       // C: item 6
            a[7] = 2;       // D: items 8, 9
            a[8] = 2;
            a[14] = 2;      // E: items 15, 16
            a[15] = 2;
            return a;
        }

        @Test
        void thePatternAtEachClusterThresholdIsMetEvenWithALowTotal() {
            Score s = score("pcl5", barePattern());

            assertThat(s.total()).isEqualTo(12);
            assertThat(s.extra()).containsEntry("dsmPattern", true);
            assertThat(s.positive()).isFalse();
        }

        @ParameterizedTest(name = "without item {0} at 2 the pattern fails")
        @ValueSource(ints = {1, 6, 8, 9, 15, 16})
        void eachClusterOneShortFailsThePattern(int item) {
            int[] a = barePattern();
            a[item - 1] = 1; // rated 1: not a symptom

            assertThat(score("pcl5", a).extra()).containsEntry("dsmPattern", false);
        }

        @ParameterizedTest(name = "another item of the same cluster (item {1}) restores it")
        @CsvSource({"1, 5", "6, 7", "8, 14", "15, 20"})
        void anyItemOfTheClusterCounts(int dropped, int replacement) {
            int[] a = barePattern();
            a[dropped - 1] = 0;
            a[replacement - 1] = 4;

            assertThat(score("pcl5", a).extra()).containsEntry("dsmPattern", true);
        }

        @Test
        void aHighTotalWithoutTheArousalClusterIsPositiveButHasNoPattern() {
            int[] a = new int[20];
            for (int i = 0; i < 14; i++) {
                a[i] = 4;   // B, C, D all at 4: total 56
            }
            a[14] = 2;      // E: only one item at 2, the rest at 1
            IntStream.range(15, 20).forEach(i -> a[i] = 1);

            Score s = score("pcl5", a);

            assertThat(s.total()).isEqualTo(63);
            assertThat(s.positive()).isTrue();
            assertThat(s.extra()).containsEntry("dsmPattern", false);
        }
    }

    @Nested
    class Bam {

        @Test
        void sumsTheThreeScalesFromTheirItems() {
            // item:        1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17
            Score s = score("bam", 1, 2, 3, 4, 3, 2, 4, 1, 2, 3, 4, 1, 2, 3, 4, 0, 4);

            assertThat(s.extra()).containsExactly(
                    org.assertj.core.api.Assertions.entry("use", 4 + 3 + 2),
                    org.assertj.core.api.Assertions.entry("risk", 1 + 2 + 3 + 1 + 4 + 4),
                    org.assertj.core.api.Assertions.entry("protective", 2 + 3 + 1 + 2 + 3 + 0));
            assertThat(s.total()).isNull();
            assertThat(s.band()).isNull();
            assertThat(s.positive()).isNull();
        }

        @Test
        void itemsSevenAndSeventeenCountTowardNoScale() {
            int[] low = new int[17];
            int[] high = new int[17];
            high[6] = 4;
            high[16] = 4;

            assertThat(score("bam", high).extra()).isEqualTo(score("bam", low).extra());
            assertThat(score("bam", low).extra()).containsEntry("use", 0).containsEntry("risk", 0)
                    .containsEntry("protective", 0);
        }

        @Test
        void everyOtherItemCountsTowardExactlyOneScale() {
            for (int item = 1; item <= 17; item++) {
                if (item == 7 || item == 17) {
                    continue;
                }
                int[] a = new int[17];
                a[item - 1] = 1;
                int sum = score("bam", a).extra().values().stream().mapToInt(v -> (Integer) v).sum();
                assertThat(sum).as("item " + item).isEqualTo(1);
            }
        }
    }
}
