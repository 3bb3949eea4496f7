package org.stepwise.safety.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.safety.rules.ScreenInterpretation.Collected;
import org.stepwise.safety.rules.ScreenInterpretation.Reading;
import org.stepwise.safety.rules.ScreenInterpretation.Result;

class ScreenInterpretationTests {

    @ParameterizedTest(name = "{0} for {1} with {2} prescribed: {3}")
    @CsvSource({
            "POSITIVE, buprenorphine, buprenorphine, EXPECTED",
            "POSITIVE, buprenorphine, '', UNEXPECTED",
            "POSITIVE, fentanyl, buprenorphine, UNEXPECTED",
            "POSITIVE, methadone, methadone, EXPECTED",
            "POSITIVE, benzodiazepines, benzodiazepines, EXPECTED",
            "POSITIVE, opiates, buprenorphine, UNEXPECTED",
            "NEGATIVE, buprenorphine, buprenorphine, NEGATIVE",
            "NEGATIVE, cocaine, '', NEGATIVE",
            "INVALID, cocaine, '', NOT_READABLE",
            "DILUTE, methadone, methadone, NOT_READABLE",
    })
    void eachResultReadsByThePrescriptions(Result result, String substance, String prescribed, Reading reading) {
        Set<String> onPrescription = prescribed.isEmpty() ? Set.of() : Set.of(prescribed);
        assertThat(ScreenInterpretation.of(Map.of(substance, result), onPrescription).readings())
                .containsEntry(substance, reading);
    }

    @Test
    void aScreenWithAnExpectedAndAnUnexpectedPositiveListsEachApart() {
        Map<String, Result> results = new LinkedHashMap<>();
        results.put("buprenorphine", Result.POSITIVE);
        results.put("fentanyl", Result.POSITIVE);
        results.put("cocaine", Result.NEGATIVE);
        results.put("thc", Result.DILUTE);
        ScreenInterpretation.Interpreted read = ScreenInterpretation.of(results, Set.of("buprenorphine"));
        assertThat(read.expectedPositives()).containsExactly("buprenorphine");
        assertThat(read.unexpectedPositives()).containsExactly("fentanyl");
        assertThat(read.notReadable()).containsExactly("thc");
        assertThat(read.hasUnexpectedPositive()).isTrue();
        assertThat(read.readings().keySet()).containsExactly("buprenorphine", "fentanyl", "cocaine", "thc");
    }

    @Test
    void aNegativeScreenOrOneWithOnlyExpectedPositivesHasNoUnexpectedPositive() {
        assertThat(ScreenInterpretation.of(Map.of("cocaine", Result.NEGATIVE), Set.of()).hasUnexpectedPositive())
                .isFalse();
        assertThat(ScreenInterpretation.of(Map.of("methadone", Result.POSITIVE), Set.of("methadone"))
                .hasUnexpectedPositive()).isFalse();
    }

    @ParameterizedTest(name = "last unexpected on {0}, today {1}: {2} days")
    @CsvSource({
            "2026-03-10, 2026-03-10, 0",
            "2026-03-10, 2026-03-11, 1",
            "2026-02-28, 2026-03-01, 1",
            "2024-02-28, 2024-03-01, 2",
            "2025-12-31, 2026-01-01, 1",
            "2026-03-12, 2026-03-10, 0",
    })
    void daysSinceTheLastUnexpectedPositive(LocalDate last, LocalDate today, long days) {
        List<Collected> screens = List.of(new Collected(last.minusDays(20), true), new Collected(last, true),
                new Collected(last.minusDays(3), false));
        assertThat(ScreenInterpretation.daysSinceLastUnexpectedPositive(screens, today)).hasValue(days);
    }

    @Test
    void noUnexpectedPositiveEverMeansNoCount() {
        assertThat(ScreenInterpretation.daysSinceLastUnexpectedPositive(List.of(
                new Collected(LocalDate.of(2026, 1, 5), false)), LocalDate.of(2026, 1, 9)))
                .isEqualTo(OptionalLong.empty());
        assertThat(ScreenInterpretation.daysSinceLastUnexpectedPositive(List.of(), LocalDate.of(2026, 1, 9)))
                .isEmpty();
    }
}
