package org.stepwise.episodes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.episodes.DischargeRequest;
import org.stepwise.episodes.DischargeType;

/** Issue 7: what each discharge type must name; admitted at 2.1 on 2026-09-01, today 2026-11-23. */
class DischargeRulesTests {

    private static final LocalDate ADMITTED = LocalDate.of(2026, 9, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest(name = "{0} on {1}, level {2}, destination {3} → {4}")
    @CsvSource(nullValues = "-", value = {
            // type, date, level, destination, the field refused (- when accepted)
            "COMPLETED, 2026-11-23, 1, -, -",
            "COMPLETED, 2026-11-23, -, -, -",
            "COMPLETED, 2026-11-23, 2.1, -, -",
            "COMPLETED, 2026-11-23, 2.5, -, levelAtDischarge",
            "STEPPED_DOWN, 2026-11-20, 1, -, -",
            "STEPPED_DOWN, 2026-11-20, 0.5, -, -",
            "STEPPED_DOWN, 2026-11-20, 2.1, -, levelAtDischarge",
            "STEPPED_DOWN, 2026-11-20, -, -, levelAtDischarge",
            "STEPPED_UP, 2026-11-23, 2.5, -, -",
            "STEPPED_UP, 2026-11-23, 3.5, -, -",
            "STEPPED_UP, 2026-11-23, 4, -, -",
            "STEPPED_UP, 2026-11-23, 2.1, -, levelAtDischarge",
            "STEPPED_UP, 2026-11-23, 1, -, levelAtDischarge",
            "STEPPED_UP, 2026-11-23, -, -, levelAtDischarge",
            "TRANSFERRED, 2026-11-23, 2.1, Riverside IOP, -",
            "TRANSFERRED, 2026-11-23, -, Riverside IOP, -",
            "TRANSFERRED, 2026-11-23, 2.1, -, destination",
            "LEFT_AGAINST_ADVICE, 2026-10-02, -, -, -",
            "LEFT_AGAINST_ADVICE, 2026-10-02, 2.1, -, -",
            "ADMINISTRATIVE, 2026-11-01, -, -, -",
            "ADMINISTRATIVE, 2026-11-01, 9, -, levelAtDischarge",
            // the admission day itself and today are allowed; a day before admission or tomorrow is not
            "COMPLETED, 2026-09-01, -, -, -",
            "COMPLETED, 2026-08-31, -, -, dischargedOn",
            "COMPLETED, 2026-11-24, -, -, dischargedOn",
            "-, 2026-11-23, -, -, type",
            "COMPLETED, -, -, -, dischargedOn",
    })
    void eachTypeNamesWhatItMust(@Nullable DischargeType type, @Nullable LocalDate on, @Nullable String level,
            @Nullable String destination, @Nullable String refused) {
        var problems = DischargeRules.problems(
                new DischargeRequest(type, on, "Met the plan's goals.", level, destination, 0), ADMITTED, "2.1", TODAY);
        if (refused == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsOnlyKeys(refused);
        }
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"-", "''", "ab", "<script>x</script>"})
    void aReasonIsPlainTextOfThreeCharactersOrMore(@Nullable String reason) {
        var problems = DischargeRules.problems(
                new DischargeRequest(DischargeType.COMPLETED, TODAY, reason, null, null, 0), ADMITTED, "2.1", TODAY);
        assertThat(problems).containsOnlyKeys("reason");
    }
}
