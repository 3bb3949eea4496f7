package org.stepwise.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IsoWeekTests {

    @ParameterizedTest
    @CsvSource({
        "2026-W48, 2026-11-23",
        "2026-W01, 2025-12-29",   // week 1 holds the year's first Thursday, so it starts in December
        "2026-W53, 2026-12-28",   // 2026 has 53 weeks
        "2027-W01, 2027-01-04",
        "2020-W53, 2020-12-28"})
    void readsTheMondayOfTheWeek(String text, LocalDate monday) {
        IsoWeek week = IsoWeek.parse(text);
        assertThat(week.monday()).isEqualTo(monday);
        assertThat(week).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-W53", "2026-W00", "2026-48", "2026-W4", "W48-2026", "", "2026-W48x"})
    void refusesAWeekThatDoesNotExistOrIsMisspelt(String text) {
        assertThatThrownBy(() -> IsoWeek.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("Exception");
    }

    @Test
    void theWeekContainingASundayStartsTheMondayBefore() {
        IsoWeek week = IsoWeek.containing(LocalDate.of(2026, 11, 29));
        assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(week.contains(LocalDate.of(2026, 11, 29))).isTrue();
        assertThat(week.contains(LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(week.next()).hasToString("2026-W49");
    }

    @Test
    void aWeekMustStartOnMonday() {
        assertThatThrownBy(() -> new IsoWeek(LocalDate.of(2026, 11, 24))).hasMessageContaining("Monday");
    }
}
