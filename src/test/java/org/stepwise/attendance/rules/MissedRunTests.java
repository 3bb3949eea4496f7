package org.stepwise.attendance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepwise.attendance.AttendanceStatus.EXCUSED_ABSENCE;
import static org.stepwise.attendance.AttendanceStatus.LATE;
import static org.stepwise.attendance.AttendanceStatus.PRESENT;
import static org.stepwise.attendance.AttendanceStatus.UNEXCUSED_ABSENCE;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.attendance.AttendanceStatus;

/** Two booked sessions in a row recorded as absences make a run; anything else in between breaks it. */
class MissedRunTests {

    private static List<AttendanceStatus> of(AttendanceStatus... statuses) {
        return Arrays.asList(statuses);
    }

    @Test
    void twoAbsencesInARowAreARunStartingAtTheFirst() {
        assertThat(MissedRun.including(of(PRESENT, UNEXCUSED_ABSENCE, UNEXCUSED_ABSENCE), 2)).hasValue(1);
        assertThat(MissedRun.including(of(PRESENT, UNEXCUSED_ABSENCE, UNEXCUSED_ABSENCE), 1)).hasValue(1);
    }

    @Test
    void excusedAbsencesCountToo() {
        assertThat(MissedRun.including(of(EXCUSED_ABSENCE, UNEXCUSED_ABSENCE), 1)).hasValue(0);
        assertThat(MissedRun.including(of(EXCUSED_ABSENCE, EXCUSED_ABSENCE), 0)).hasValue(0);
    }

    @Test
    void aLongerRunKeepsItsFirstSession() {
        List<AttendanceStatus> three = of(PRESENT, UNEXCUSED_ABSENCE, UNEXCUSED_ABSENCE, UNEXCUSED_ABSENCE);
        assertThat(MissedRun.including(three, 3)).hasValue(1);
        assertThat(MissedRun.including(three, 2)).hasValue(1);
    }

    @Test
    void oneAbsenceIsNotARun() {
        assertThat(MissedRun.including(of(PRESENT, UNEXCUSED_ABSENCE, PRESENT), 1)).isEmpty();
        assertThat(MissedRun.including(of(UNEXCUSED_ABSENCE), 0)).isEmpty();
    }

    @Test
    void attendingInBetweenBreaksTheRun() {
        assertThat(MissedRun.including(of(UNEXCUSED_ABSENCE, LATE, UNEXCUSED_ABSENCE), 2)).isEmpty();
    }

    @Test
    void aSessionWithoutARecordBreaksTheRun() {
        assertThat(MissedRun.including(Arrays.asList(UNEXCUSED_ABSENCE, null, UNEXCUSED_ABSENCE), 2)).isEmpty();
    }

    @Test
    void aPresentSessionIsNeverPartOfARun() {
        assertThat(MissedRun.including(of(UNEXCUSED_ABSENCE, UNEXCUSED_ABSENCE, PRESENT), 2)).isEmpty();
    }

    @Test
    void anIndexOutsideTheListFindsNothing() {
        assertThat(MissedRun.including(of(UNEXCUSED_ABSENCE, UNEXCUSED_ABSENCE), -1)).isEmpty();
        assertThat(MissedRun.including(of(UNEXCUSED_ABSENCE, UNEXCUSED_ABSENCE), 2)).isEmpty();
        assertThat(MissedRun.including(List.of(), 0)).isEmpty();
    }
}
