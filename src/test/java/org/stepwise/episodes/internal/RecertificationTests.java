package org.stepwise.episodes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RecertificationTests {

    @ParameterizedTest
    @CsvSource({
            "2026-01-15, 2026-03-15",
            "2025-12-31, 2026-02-28",
            "2023-12-31, 2024-02-29",
            "2024-12-30, 2025-02-28",
            "2026-08-31, 2026-10-31",
            "2026-07-31, 2026-09-30",
            "2026-12-29, 2027-02-28",
            "2027-12-29, 2028-02-29",
            "2026-02-28, 2026-04-28"})
    void isDueTwoCalendarMonthsLaterOnTheMonthsLastDayWhenShorter(LocalDate certified, LocalDate due) {
        assertThat(Recertification.dueAfter(certified)).isEqualTo(due);
    }

    @Test
    void saysHowLongIsLeftOrHowLateItIs() {
        LocalDate certified = LocalDate.of(2026, 1, 15);
        assertThat(Recertification.of(certified, LocalDate.of(2026, 3, 3)).describe()).isEqualTo("due in 12 days");
        assertThat(Recertification.of(certified, LocalDate.of(2026, 3, 14)).describe()).isEqualTo("due in 1 day");
        assertThat(Recertification.of(certified, LocalDate.of(2026, 3, 15)).describe()).isEqualTo("due today");
        Recertification late = Recertification.of(certified, LocalDate.of(2026, 3, 18));
        assertThat(late.overdue()).isTrue();
        assertThat(late.describe()).isEqualTo("overdue by 3 days");
    }
}
