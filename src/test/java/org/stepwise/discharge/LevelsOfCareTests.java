package org.stepwise.discharge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stepwise.episodes.CareLevels;

/** The names the discharge page shows cover exactly the levels a discharge accepts, in the same order. */
class LevelsOfCareTests {

    @Test
    void everyLevelADischargeAcceptsHasItsNameAndNoOther() {
        assertThat(LevelsOfCare.ALL).extracting(LevelsOfCare.Level::code).containsExactlyElementsOf(CareLevels.CODES);
        assertThat(LevelsOfCare.label("2.5")).isEqualTo("2.5 partial hospitalization (PHP)");
        assertThat(LevelsOfCare.label(null)).isEqualTo("not named");
    }
}
