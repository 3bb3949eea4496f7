package org.stepwise.measures.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** What the scorer refuses, and that it refuses nothing else and never fails in any other way. */
class AnswerValidationTests {

    static final List<String> SHIPPED = Instruments.SHIPPED;

    @ParameterizedTest
    @FieldSource("SHIPPED")
    void aWrongNumberOfAnswersSaysHowManyAreExpected(String code) {
        int n = Instruments.get(code).definition().itemCount();

        for (int count : new int[] {0, n - 1, n + 1}) {
            assertThatThrownBy(() -> Instruments.score(code, new int[count]))
                    .isInstanceOfSatisfying(InvalidAnswers.class, e -> {
                        assertThat(e.fieldErrors()).containsOnlyKeys("answers");
                        assertThat(e.getMessage()).contains("takes " + n + " answers").contains(count + " w");
                    });
        }
    }

    @Test
    void missingAnswersAreRefused() {
        assertThatThrownBy(() -> Instruments.get("phq9").score(new ScoreRequest(null, null, null)))
                .isInstanceOfSatisfying(InvalidAnswers.class, e -> assertThat(e.getMessage()).contains("9 values"));
    }

    @Test
    void eachBadValueIsNamedByItsItemWithTheAllowedValues() {
        List<Object> answers = new ArrayList<>(Arrays.asList(0, 4, 0, 1.5, 0, "2", null, true, -1));

        assertThatThrownBy(() -> Instruments.get("phq9").score(new ScoreRequest(answers, null, null)))
                .isInstanceOfSatisfying(InvalidAnswers.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("answers[1]", "answers[3]", "answers[5]",
                            "answers[6]", "answers[7]", "answers[8]");
                    assertThat(e.fieldErrors().get("answers[1]"))
                            .isEqualTo("Item 2: 4 is not an answer this item takes; allowed values are 0, 1, 2 or 3.");
                    assertThat(e.fieldErrors().get("answers[3]")).contains("Item 4").contains("not a whole number");
                    assertThat(e.fieldErrors().get("answers[5]")).contains("Item 6").contains("not a whole number");
                    assertThat(e.fieldErrors().get("answers[6]")).contains("Item 7 has no answer");
                    assertThat(e.fieldErrors().get("answers[8]")).contains("Item 9: -1");
                });
    }

    @Test
    void wholeNumbersWrittenAsDecimalsAreAccepted() {
        List<Object> answers = List.of(1.0, new BigDecimal("2.00"), 3L, 0, 0, 0, 0, 0, 0);

        assertThat(Instruments.get("phq9").score(new ScoreRequest(answers, null, null)).total()).isEqualTo(6);
    }

    @Test
    void hugeAndNonFiniteNumbersAreRefusedNotOverflowed() {
        List<Object> answers = new ArrayList<>(Arrays.asList(Long.MAX_VALUE, 1e300, Double.NaN,
                Double.POSITIVE_INFINITY, new BigDecimal("4294967296"), new java.math.BigInteger("99999999999999999999"),
                0, 0, 0));

        assertThatThrownBy(() -> Instruments.get("phq9").score(new ScoreRequest(answers, null, null)))
                .isInstanceOfSatisfying(InvalidAnswers.class,
                        e -> assertThat(e.fieldErrors()).hasSize(6));
    }

    /**
     * A seeded random walk over answer lists of every kind (right and wrong length, in and out of range, fractions,
     * text, nulls) and options: the scorer returns a consistent result or refuses with {@link InvalidAnswers}, and
     * nothing else, for every instrument.
     */
    @ParameterizedTest
    @FieldSource("SHIPPED")
    void randomAnswersGiveAConsistentScoreOrAClearRefusal(String code) {
        Instrument instrument = Instruments.get(code);
        InstrumentDefinition d = instrument.definition();
        Random random = new Random(code.hashCode());
        int scored = 0;
        for (int run = 0; run < 3_000; run++) {
            int length = random.nextInt(10) == 0 ? random.nextInt(d.itemCount() + 3) : d.itemCount();
            List<Object> answers = new ArrayList<>();
            boolean mostlyValid = random.nextBoolean();
            for (int i = 0; i < length; i++) {
                List<Integer> allowed = i < d.itemCount()
                        ? d.answerSets().get(d.items().get(i).answers()).stream().map(o -> o.value()).toList()
                        : List.of(0);
                answers.add(switch (random.nextInt(mostlyValid ? 400 : 40)) {
                    case 0 -> null;
                    case 1 -> "x";
                    case 2 -> random.nextDouble() * 5;
                    case 3 -> random.nextInt();
                    case 4, 5, 6, 7, 8 -> random.nextInt(7) - 1;
                    default -> allowed.get(random.nextInt(allowed.size()));
                });
            }
            String sex = switch (random.nextInt(4)) {
                case 0 -> null;
                case 1 -> "other";
                case 2 -> "female";
                default -> "male";
            };
            Boolean recent = random.nextBoolean() ? null : random.nextBoolean();
            Score score;
            try {
                score = instrument.score(new ScoreRequest(answers, sex, recent));
            } catch (InvalidAnswers refused) {
                assertThat(refused.fieldErrors()).isNotEmpty();
                continue;
            }
            scored++;
            assertThat(score.answers()).hasSize(d.itemCount());
            if (d.scoring().hasTotal()) {
                assertThat(score.total()).isBetween(d.scoring().min(), d.scoring().max());
            } else {
                assertThat(score.total()).isNull();
            }
            if (!d.bands().isEmpty()) {
                assertThat(score.band()).isIn(d.bands().stream().map(InstrumentDefinition.Band::name).toList());
            }
        }
        assertThat(scored).as("some random answers were valid").isPositive();
    }
}
