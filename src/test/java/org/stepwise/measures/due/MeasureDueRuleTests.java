package org.stepwise.measures.due;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.measures.due.MeasureDueRule.Due;
import org.stepwise.measures.due.MeasureDueRule.EpisodeDates;

/**
 * What is due, day by day. Admission on 2026-03-02 (a Monday), planned end 2026-04-26 (56 days), overdue after 3 days.
 * Days are given as offsets from admission: "-3" is three days before it; an empty list is "never given".
 */
class MeasureDueRuleTests {

    private static final LocalDate ADMITTED = LocalDate.of(2026, 3, 2);
    private static final LocalDate PLANNED_END = ADMITTED.plusDays(56);

    @ParameterizedTest(name = "{0}, given on {1}, today +{2}: due={3} since +{4} overdue={5}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        // Admission measure: due from the admission day until one counts
        "AT_ADMISSION; ;    0; true;  0; false",
        "AT_ADMISSION; ;    3; true;  0; false",   // exactly the overdue days: not yet overdue
        "AT_ADMISSION; ;    4; true;  0; true",    // one more day: overdue
        "AT_ADMISSION; ;   30; true;  0; true",    // still due a month later: due until done
        "AT_ADMISSION; 0;   5; false; -; false",
        "AT_ADMISSION; -14; 5; false; -; false",   // a screening at intake two weeks before counts
        "AT_ADMISSION; -15; 5; true;  0; true",    // fifteen days before does not
        "AT_ADMISSION; ;   -1; false; -; false",   // not admitted yet
        // Weekly: exactly 7 days after the last is due, 6 days is not
        "WEEKLY; 0;         6; false; -; false",
        "WEEKLY; 0;         7; true;  7; false",
        "WEEKLY; 0;        10; true;  7; false",
        "WEEKLY; 0;        11; true;  7; true",
        "WEEKLY; 0 7;      13; false; -; false",
        "WEEKLY; 0 7;      14; true; 14; false",
        "WEEKLY; ;          0; true;  0; false",   // never given: due from admission
        "WEEKLY; -10;       0; true;  0; false",   // intake score 10 days before: next would fall before admission
        "WEEKLY; -3;        3; false; -; false",
        "WEEKLY; -3;        4; true;  4; false",
        // Every two weeks
        "BIWEEKLY; 0;      13; false; -; false",
        "BIWEEKLY; 0;      14; true; 14; false",
        "BIWEEKLY; 0;      18; true; 14; true",
        // At discharge: the last week before the planned end
        "AT_DISCHARGE; 0;  48; false; -; false",
        "AT_DISCHARGE; 0;  49; true; 49; false",
        "AT_DISCHARGE; 49; 50; false; -; false",
        "AT_DISCHARGE; 48; 50; true; 49; false",   // given the day before the window: does not count
        "AT_DISCHARGE; 0;  53; true; 49; true",
    })
    void dueOrNot(MeasureTiming timing, String given, int today, boolean due, Integer since, boolean overdue) {
        Optional<Due> result = MeasureDueRule.due(timing, 3, new EpisodeDates(ADMITTED, PLANNED_END, null),
                ADMITTED.plusDays(today), days(given));

        assertThat(result.isPresent()).isEqualTo(due);
        result.ifPresent(d -> {
            assertThat(d.since()).isEqualTo(ADMITTED.plusDays(since));
            assertThat(d.overdue()).isEqualTo(overdue);
            assertThat(d.daysDue()).isEqualTo(today - since);
        });
    }

    @ParameterizedTest(name = "ended +{0}, given {1}, today +{2}: due={3}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        "40; ;      69; false",   // 29 days after the end
        "40; ;      70; true",    // exactly 30 days after the end
        "40; 40;    70; true",    // the discharge score on the last day is not the follow-up
        "40; 65;    70; false",   // given after the end: done
        "40; ;     100; true",
    })
    void followUpIsDueThirtyDaysAfterTheEpisodeEnded(int ended, String given, int today, boolean due) {
        EpisodeDates episode = new EpisodeDates(ADMITTED, PLANNED_END, ADMITTED.plusDays(ended));

        assertThat(MeasureDueRule.due(MeasureTiming.FOLLOW_UP, 7, episode, ADMITTED.plusDays(today), days(given))
                .isPresent()).isEqualTo(due);
    }

    @ParameterizedTest
    @CsvSource({"AT_ADMISSION", "WEEKLY", "BIWEEKLY", "AT_DISCHARGE"})
    void nothingButTheFollowUpIsDueOnceTheEpisodeEnded(MeasureTiming timing) {
        EpisodeDates ended = new EpisodeDates(ADMITTED, PLANNED_END, ADMITTED.plusDays(20));

        assertThat(MeasureDueRule.due(timing, 3, ended, ADMITTED.plusDays(60), List.of())).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void followUpIsNotDueWhileInCare() {
        assertThat(MeasureDueRule.due(MeasureTiming.FOLLOW_UP, 3, new EpisodeDates(ADMITTED, PLANNED_END, null),
                ADMITTED.plusDays(90), List.of())).isEmpty();
    }

    @ParameterizedTest(name = "overdue after {0} days, due for {1} days: overdue={2}")
    @CsvSource({"0, 0, false", "0, 1, true", "7, 7, false", "7, 8, true"})
    void overdueAfterTheScheduledDays(int overdueAfter, int daysDue, boolean overdue) {
        var due = MeasureDueRule.due(MeasureTiming.AT_ADMISSION, overdueAfter,
                new EpisodeDates(ADMITTED, PLANNED_END, null), ADMITTED.plusDays(daysDue), List.of());

        assertThat(due).get().extracting(Due::overdue).isEqualTo(overdue);
    }

    @ParameterizedTest
    @CsvSource({"WEEKLY", "BIWEEKLY"})
    void aScoreInTheFutureDoesNotCount(MeasureTiming timing) {
        assertThat(MeasureDueRule.due(timing, 3, new EpisodeDates(ADMITTED, PLANNED_END, null), ADMITTED.plusDays(20),
                List.of(ADMITTED.plusDays(25)))).get().extracting(Due::since).isEqualTo(ADMITTED);
    }

    private static List<LocalDate> days(String given) {
        if (given == null || given.isBlank()) {
            return List.of();
        }
        return Arrays.stream(given.trim().split("\\s+")).map(d -> ADMITTED.plusDays(Integer.parseInt(d))).toList();
    }
}
