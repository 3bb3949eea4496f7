package org.stepwise.alumni;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.episodes.DischargeType;

/** Who joins the alumni roster on their own at discharge: those who finished the program or stepped down. */
class AlumniJoinRuleTests {

    @ParameterizedTest(name = "{0} joins on discharge: {1}")
    @CsvSource({
            "COMPLETED, true",
            "STEPPED_DOWN, true",
            "STEPPED_UP, false",
            "TRANSFERRED, false",
            "LEFT_AGAINST_ADVICE, false",
            "ADMINISTRATIVE, false"})
    void joinsOnlyAfterCompletingOrSteppingDown(DischargeType type, boolean joins) {
        assertThat(AlumniJoinRule.joinsOnDischarge(type)).isEqualTo(joins);
    }
}
