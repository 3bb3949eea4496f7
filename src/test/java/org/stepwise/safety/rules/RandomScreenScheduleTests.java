package org.stepwise.safety.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RandomScreenScheduleTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    /** Monday, Wednesday and Thursday. */
    private static final List<LocalDate> THREE_DAYS = List.of(MONDAY, MONDAY.plusDays(2), MONDAY.plusDays(3));
    private static final LocalDate LONG_AGO = MONDAY.minusDays(90);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 17, 42, 1000, 65_537})
    void weeklyMeansOneOfTheDaysAttendedEveryWeek(long seed) {
        List<LocalDate> chosen = RandomScreenSchedule.choose(MONDAY, THREE_DAYS, MONDAY, LONG_AGO,
                RandomScreenSchedule.WEEKLY, new SplittableRandom(seed));
        assertThat(chosen).hasSize(1);
        assertThat(THREE_DAYS).containsAll(chosen);
    }

    @Test
    void theDayChosenVariesSoNobodyCanCountOnIt() {
        Set<LocalDate> seen = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            seen.addAll(RandomScreenSchedule.choose(MONDAY, THREE_DAYS, MONDAY, LONG_AGO, 4, new SplittableRandom(seed)));
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(THREE_DAYS);
    }

    @ParameterizedTest(name = "{0} per four weeks: {1} or {2} a week")
    @CsvSource({"4, 1, 1", "8, 2, 2", "12, 3, 3", "20, 3, 3", "6, 1, 2", "2, 0, 1", "1, 0, 1"})
    void theProgramsFrequencyGivesTheWeeksCount(int perFourWeeks, int fewest, int most) {
        Set<Integer> counts = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            counts.add(RandomScreenSchedule.choose(MONDAY, THREE_DAYS, MONDAY, LONG_AGO, perFourWeeks,
                    new SplittableRandom(seed)).size());
        }
        assertThat(counts).containsOnly(fewest, most).contains(fewest, most);
    }

    @ParameterizedTest(name = "admitted {0} days before the week: at least one screen")
    @ValueSource(ints = {0, 1, 15, 29})
    void theFirstThirtyDaysAlwaysHaveAWeeklyScreenWhateverTheFrequency(int daysBefore) {
        for (long seed = 0; seed < 50; seed++) {
            assertThat(RandomScreenSchedule.choose(MONDAY, THREE_DAYS, MONDAY, MONDAY.minusDays(daysBefore), 1,
                    new SplittableRandom(seed))).hasSize(1);
        }
    }

    @Test
    void fromDayThirtyTheProgramsFrequencyApplies() {
        Set<Integer> counts = new HashSet<>();
        for (long seed = 0; seed < 100; seed++) {
            counts.add(RandomScreenSchedule.choose(MONDAY, THREE_DAYS, MONDAY, MONDAY.minusDays(30), 1,
                    new SplittableRandom(seed)).size());
        }
        assertThat(counts).contains(0);
    }

    @Test
    void aWeekPlannedMidweekChoosesOnlyFromTodayOnAndNeverBeforeAdmission() {
        for (long seed = 0; seed < 50; seed++) {
            assertThat(RandomScreenSchedule.choose(MONDAY, THREE_DAYS, MONDAY.plusDays(2), LONG_AGO, 4,
                    new SplittableRandom(seed))).allMatch(d -> !d.isBefore(MONDAY.plusDays(2)));
            assertThat(RandomScreenSchedule.choose(MONDAY, THREE_DAYS, MONDAY, MONDAY.plusDays(3), 4,
                    new SplittableRandom(seed))).containsExactly(MONDAY.plusDays(3));
        }
    }

    @Test
    void noAttendanceNoScreenAndNeverMoreScreensThanDays() {
        assertThat(RandomScreenSchedule.choose(MONDAY, List.of(), MONDAY, MONDAY, 20, new SplittableRandom(1))).isEmpty();
        assertThat(RandomScreenSchedule.choose(MONDAY, List.of(MONDAY.plusDays(7)), MONDAY, MONDAY, 4,
                new SplittableRandom(1))).isEmpty();
        assertThat(RandomScreenSchedule.choose(MONDAY, List.of(MONDAY, MONDAY), MONDAY, LONG_AGO, 12,
                new SplittableRandom(1))).containsExactly(MONDAY);
    }

    @Test
    void aWeekStartsOnMondayAndTheFrequencyIsInRange() {
        assertThatThrownBy(() -> RandomScreenSchedule.choose(MONDAY.plusDays(1), THREE_DAYS, MONDAY, LONG_AGO, 4,
                new SplittableRandom(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RandomScreenSchedule.choose(MONDAY, THREE_DAYS, MONDAY, LONG_AGO, 0,
                new SplittableRandom(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
