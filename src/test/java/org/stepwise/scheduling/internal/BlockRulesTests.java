package org.stepwise.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.stepwise.staff.TrackPeriod;

/** A block's time: weekday, quarter hour, the track's part of the day, before midnight; and overlap. */
class BlockRulesTests {

    @Test
    void aDayTrackStartsBefore17AndAnEveningTrackAtOrAfter() {
        assertThat(BlockRules.startProblem(LocalTime.of(16, 45), 50, TrackPeriod.DAY)).isEmpty();
        assertThat(BlockRules.startProblem(LocalTime.of(17, 0), 50, TrackPeriod.DAY))
                .hasValue("A day track's sessions start before 17:00; 17:00 is in the evening.");
        assertThat(BlockRules.startProblem(LocalTime.of(17, 0), 50, TrackPeriod.EVENING)).isEmpty();
        assertThat(BlockRules.startProblem(LocalTime.of(10, 0), 50, TrackPeriod.EVENING))
                .hasValue("An evening track's sessions start at 17:00 or later; 10:00 is during the day.");
        assertThat(BlockRules.startProblem(LocalTime.of(10, 0), 50, null)).as("no track: any time").isEmpty();
    }

    @Test
    void startsAreOnTheQuarterHour() {
        assertThat(BlockRules.startProblem(LocalTime.of(10, 10), 50, TrackPeriod.DAY)).isPresent();
        assertThat(BlockRules.startProblem(LocalTime.of(10, 15, 30), 50, TrackPeriod.DAY)).isPresent();
        assertThat(BlockRules.timeProblems(1, LocalTime.of(10, 45), 50, TrackPeriod.DAY)).isEmpty();
    }

    @Test
    void aMissingDayOrTimeIsNamed() {
        assertThat(BlockRules.timeProblems(null, null, 50, TrackPeriod.DAY)).containsOnlyKeys("weekday", "startsAt");
        assertThat(BlockRules.timeProblems(8, LocalTime.of(10, 0), 50, TrackPeriod.DAY)).containsOnlyKeys("weekday");
    }

    @Test
    void aSessionMayNotRunPastMidnight() {
        assertThat(BlockRules.startProblem(LocalTime.of(23, 30), 50, TrackPeriod.EVENING))
                .hasValue("A session starting at 23:30 would run past midnight.");
        assertThat(BlockRules.startProblem(LocalTime.of(23, 0), 50, TrackPeriod.EVENING)).isEmpty();
    }

    @Test
    void blocksOverlapWhenTheyShareAMinuteOfTheSameDay() {
        LocalTime ten = LocalTime.of(10, 0);
        assertThat(BlockRules.overlap(DayOfWeek.MONDAY, ten, 50, DayOfWeek.MONDAY, LocalTime.of(10, 45), 50)).isTrue();
        assertThat(BlockRules.overlap(DayOfWeek.MONDAY, ten, 50, DayOfWeek.MONDAY, LocalTime.of(10, 50), 50)).isFalse();
        assertThat(BlockRules.overlap(DayOfWeek.MONDAY, ten, 50, DayOfWeek.MONDAY, LocalTime.of(9, 15), 50)).isTrue();
        assertThat(BlockRules.overlap(DayOfWeek.MONDAY, ten, 50, DayOfWeek.TUESDAY, ten, 50)).isFalse();
    }
}
