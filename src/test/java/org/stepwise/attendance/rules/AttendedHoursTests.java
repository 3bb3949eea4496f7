package org.stepwise.attendance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.attendance.AttendanceStatus;
import org.stepwise.shared.InvalidRequestException;

/** Attended hours = counted hours × minutes attended / session minutes, to 2 decimals; and the minutes per status. */
class AttendedHoursTests {

    @ParameterizedTest(name = "{0} h × {1}/{2} min = {3}")
    @CsvSource({
        // a 50-minute clinical hour
        "1.0, 50, 50, 1.00",
        "1.0, 30, 50, 0.60",
        "1.0, 49, 50, 0.98",
        "1.0, 25, 50, 0.50",
        "1.0, 1, 50, 0.02",
        "1.0, 17, 50, 0.34",
        "1.0, 0, 50, 0.00",
        // medication management: 25 minutes count half an hour
        "0.5, 25, 25, 0.50",
        "0.5, 20, 25, 0.40",
        "0.5, 13, 25, 0.26",
        "0.5, 1, 25, 0.02",
        // a 3-hour block that counts 3.0
        "3.0, 180, 180, 3.00",
        "3.0, 90, 180, 1.50",
        "3.0, 100, 180, 1.67",
        "3.0, 1, 180, 0.02",
        // rounding half up at the third decimal
        "1.0, 1, 8, 0.13",
        "1.0, 1, 3, 0.33",
        "1.0, 2, 3, 0.67",
        "1.0, 1, 40, 0.03",
        "1.0, 1, 200, 0.01",
        "1.0, 1, 240, 0.00",
        // sessions that do not count toward IOP hours count nothing however long they are attended
        "0, 50, 50, 0.00",
        "0, 20, 50, 0.00",
        // an hour-long session that counts 1.0
        "1.0, 45, 60, 0.75",
        "1.0, 10, 60, 0.17",
        "4.0, 240, 240, 4.00",
        "4.0, 239, 240, 3.98"
    })
    void hoursAreCountedHoursTimesTheShareOfTheSessionAttended(String counted, int minutes, int length, String hours) {
        assertThat(AttendedHours.of(new BigDecimal(counted), minutes, length)).isEqualTo(new BigDecimal(hours));
    }

    @Test
    void theResultAlwaysHasTwoDecimals() {
        assertThat(AttendedHours.of(BigDecimal.ONE, 50, 50).scale()).isEqualTo(2);
        assertThat(AttendedHours.of(new BigDecimal("0.5"), 0, 25).toPlainString()).isEqualTo("0.00");
    }

    @Test
    void impossibleInputsAreRefused() {
        assertThatThrownBy(() -> AttendedHours.of(BigDecimal.ONE, 51, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AttendedHours.of(BigDecimal.ONE, -1, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AttendedHours.of(BigDecimal.ONE, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AttendedHours.of(new BigDecimal("-1"), 10, 50))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} with {1} of {2} min records {3}")
    @CsvSource(nullValues = "null", value = {
        "PRESENT, null, 50, 50",
        "PRESENT, 40, 50, 40",
        "PRESENT, 50, 50, 50",
        "TELEHEALTH, null, 50, 50",
        "TELEHEALTH, 35, 50, 35",
        "LATE, 30, 50, 30",
        "LATE, 1, 50, 1",
        "LATE, 50, 50, 50",
        "LEFT_EARLY, 20, 50, 20",
        "LEFT_EARLY, 24, 25, 24",
        "EXCUSED_ABSENCE, null, 50, 0",
        "EXCUSED_ABSENCE, 0, 50, 0",
        "UNEXCUSED_ABSENCE, null, 50, 0",
        "UNEXCUSED_ABSENCE, 0, 180, 0"
    })
    void minutesFollowTheStatus(AttendanceStatus status, Integer given, int length, int recorded) {
        assertThat(AttendedHours.minutes(status, given, length)).isEqualTo(recorded);
    }

    @ParameterizedTest(name = "{0} with {1} of {2} min is refused")
    @CsvSource(nullValues = "null", value = {
        "LATE, null, 50",
        "LEFT_EARLY, null, 50",
        "LATE, 0, 50",
        "LATE, 51, 50",
        "LEFT_EARLY, -5, 50",
        "PRESENT, 0, 50",
        "PRESENT, 60, 50",
        "TELEHEALTH, 26, 25",
        "EXCUSED_ABSENCE, 10, 50",
        "UNEXCUSED_ABSENCE, 50, 50"
    })
    void minutesThatDoNotFitTheStatusAreRefusedNamingTheField(AttendanceStatus status, Integer given, int length) {
        assertThatThrownBy(() -> AttendedHours.minutes(status, given, length))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("minutesAttended"));
    }

    @Test
    void theMessageSaysWhatToEnter() {
        assertThatThrownBy(() -> AttendedHours.minutes(AttendanceStatus.LATE, null, 50))
                .hasMessage("Late: enter the minutes attended, 1 to 50.");
        assertThatThrownBy(() -> AttendedHours.minutes(AttendanceStatus.LEFT_EARLY, 70, 50))
                .hasMessage("Enter the minutes attended as 1 to 50 (the session lasts 50 minutes), not 70.");
        assertThatThrownBy(() -> AttendedHours.minutes(AttendanceStatus.EXCUSED_ABSENCE, 5, 50))
                .hasMessage("Excused absence counts 0 minutes; leave the minutes empty or enter 0.");
    }
}
