package org.stepwise.scheduling.optimizer;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Times overlap by the minute, day parts go by start, availability by day, part and blocked time. */
class TimeSlotTests {

    @ParameterizedTest(name = "{0}+{1} and {2}+{3}: {4}")
    @CsvSource({"10:00, 50, 10:50, 50, false", "10:00, 50, 10:49, 50, true", "10:00, 60, 10:15, 15, true",
            "09:00, 60, 10:00, 60, false"})
    void overlapsShareAMinute(String start, int minutes, String otherStart, int otherMinutes, boolean overlaps) {
        TimeSlot one = TimeSlot.of(MONDAY, start, minutes);
        TimeSlot other = TimeSlot.of(MONDAY, otherStart, otherMinutes);

        assertThat(one.overlaps(other)).isEqualTo(overlaps);
        assertThat(other.overlaps(one)).isEqualTo(overlaps);
        assertThat(one.overlaps(TimeSlot.of(TUESDAY, start, minutes))).isFalse();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"07:59, ''", "08:00, DAY", "16:59, DAY", "17:00, EVENING", "22:00, EVENING"})
    void aDayPartGoesByStart(String start, String part) {
        LocalTime time = LocalTime.parse(start);

        assertThat(DayPart.DAY.contains(time)).isEqualTo(part.equals("DAY"));
        assertThat(DayPart.EVENING.contains(time)).isEqualTo(part.equals("EVENING"));
    }

    @Test
    void availabilityAllowsItsDaysAndPartOutsideBlockedTimes() {
        Availability availability = Availability.of(DayPart.DAY, MONDAY).blocking(TimeSlot.of(MONDAY, "13:00", 120));

        assertThat(availability.allows(TimeSlot.of(MONDAY, "10:00", 50))).isTrue();
        assertThat(availability.allows(TimeSlot.of(MONDAY, "14:00", 50))).isFalse();
        assertThat(availability.allows(TimeSlot.of(TUESDAY, "10:00", 50))).isFalse();
        assertThat(availability.allows(TimeSlot.of(MONDAY, "18:00", 50))).isFalse();
        assertThat(availability.whyNot(TimeSlot.of(MONDAY, "14:00", 50)))
                .contains("it overlaps their blocked time Mon 13:00–15:00");
        assertThat(availability.whyNot(TimeSlot.of(TUESDAY, "10:00", 50)))
                .contains("they do not come on Tuesdays (available Mon)");
    }

    @Test
    void labelsReadLikeASchedule() {
        assertThat(TimeSlot.of(TUESDAY, "10:00", 50).label()).isEqualTo("Tue 10:00");
        assertThat(TimeSlot.of(TUESDAY, "10:00", 50).rangeLabel()).isEqualTo("Tue 10:00–10:50");
    }
}
