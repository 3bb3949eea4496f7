package org.stepwise.episodes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every level a discharge accepts has its name, in the same order, and is named as the pages show it. */
class CareLevelsTests {

    @Test
    void everyLevelADischargeAcceptsHasItsNameAndNoOther() {
        assertThat(CareLevels.CODES).containsExactly("0.5", "1", "2.1", "2.5", "3.1", "3.5", "3.7", "4");
        assertThat(CareLevels.ALL).allSatisfy(level -> assertThat(level.name()).isNotBlank());
        assertThat(CareLevels.label("2.5")).isEqualTo("2.5 partial hospitalization (PHP)");
        assertThat(CareLevels.label(null)).isEqualTo("not named");
    }
}
