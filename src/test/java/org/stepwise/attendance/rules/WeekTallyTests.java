package org.stepwise.attendance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.attendance.AttendanceStatus;

/** A week against the target: what is scheduled, attended, still possible and still to attend. */
class WeekTallyTests {

    private static final LocalDate MON = LocalDate.of(2026, 11, 23);
    private static final LocalDate WED = MON.plusDays(2);
    private static final LocalDate FRI = MON.plusDays(4);
    private static final BigDecimal NINE = new BigDecimal("9.0");

    private static WeekTally.Line booked(LocalDate day) {
        return new WeekTally.Line(day, BigDecimal.ONE, false, null, BigDecimal.ZERO);
    }

    private static WeekTally.Line attended(LocalDate day, AttendanceStatus status, String hours) {
        return new WeekTally.Line(day, BigDecimal.ONE, false, status, new BigDecimal(hours));
    }

    private static WeekTally.Line cancelled(LocalDate day) {
        return new WeekTally.Line(day, BigDecimal.ONE, true, null, BigDecimal.ZERO);
    }

    @Test
    void anEmptyWeekHasEverythingStillToAttendAndCannotBeMet() {
        WeekTally t = WeekTally.of(NINE, List.of(), MON);
        assertThat(t.scheduled()).isEqualByComparingTo("0");
        assertThat(t.attended()).isEqualByComparingTo("0");
        assertThat(t.remaining()).isEqualTo(new BigDecimal("9.00"));
        assertThat(t.targetStillReachable()).isFalse();
    }

    @Test
    void nineBookedHoursOnMondayMorningCanStillMeetNine() {
        List<WeekTally.Line> lines = List.of(booked(MON), booked(MON), booked(MON), booked(WED), booked(WED),
                booked(WED), booked(FRI), booked(FRI), booked(FRI));
        WeekTally t = WeekTally.of(NINE, lines, MON);
        assertThat(t.scheduled()).isEqualTo(new BigDecimal("9.00"));
        assertThat(t.stillPossible()).isEqualTo(new BigDecimal("9.00"));
        assertThat(t.targetStillReachable()).isTrue();
        assertThat(t.remaining()).isEqualTo(new BigDecimal("9.00"));
    }

    @Test
    void oneAbsenceInAWeekBookedExactlyToTheTargetMakesItUnreachable() {
        List<WeekTally.Line> lines = List.of(attended(MON, AttendanceStatus.UNEXCUSED_ABSENCE, "0.00"), booked(MON),
                booked(MON), booked(WED), booked(WED), booked(WED), booked(FRI), booked(FRI), booked(FRI));
        WeekTally t = WeekTally.of(NINE, lines, MON);
        assertThat(t.reachable()).isEqualTo(new BigDecimal("8.00"));
        assertThat(t.targetStillReachable()).isFalse();
    }

    @Test
    void aLateArrivalCountsItsShareAndTheRestStaysPossible() {
        List<WeekTally.Line> lines = List.of(attended(MON, AttendanceStatus.LATE, "0.60"), booked(WED), booked(FRI));
        WeekTally t = WeekTally.of(new BigDecimal("2.5"), lines, MON);
        assertThat(t.attended()).isEqualTo(new BigDecimal("0.60"));
        assertThat(t.stillPossible()).isEqualTo(new BigDecimal("2.00"));
        assertThat(t.reachable()).isEqualTo(new BigDecimal("2.60"));
        assertThat(t.targetStillReachable()).isTrue();
        assertThat(t.remaining()).isEqualTo(new BigDecimal("1.90"));
    }

    @Test
    void aSessionOfAnEarlierDayWithNoRecordWasNotAttended() {
        List<WeekTally.Line> lines = List.of(booked(MON), booked(WED), booked(FRI));
        WeekTally onWednesday = WeekTally.of(new BigDecimal("3"), lines, WED);
        assertThat(onWednesday.stillPossible()).isEqualTo(new BigDecimal("2.00"));
        assertThat(onWednesday.targetStillReachable()).isFalse();
        assertThat(onWednesday.scheduled()).isEqualTo(new BigDecimal("3.00"));
    }

    @Test
    void todaysSessionsWithoutARecordAreStillPossible() {
        WeekTally t = WeekTally.of(new BigDecimal("1"), List.of(booked(WED)), WED);
        assertThat(t.targetStillReachable()).isTrue();
    }

    @Test
    void cancelledSessionsCountNeitherAsScheduledNorAsPossible() {
        List<WeekTally.Line> lines = List.of(cancelled(MON), booked(WED));
        WeekTally t = WeekTally.of(new BigDecimal("2"), lines, MON);
        assertThat(t.scheduled()).isEqualTo(new BigDecimal("1.00"));
        assertThat(t.stillPossible()).isEqualTo(new BigDecimal("1.00"));
        assertThat(t.targetStillReachable()).isFalse();
    }

    @Test
    void attendingMoreThanTheTargetLeavesNothingRemaining() {
        List<WeekTally.Line> lines = List.of(attended(MON, AttendanceStatus.PRESENT, "1.00"),
                attended(WED, AttendanceStatus.TELEHEALTH, "1.00"), attended(FRI, AttendanceStatus.PRESENT, "1.00"));
        WeekTally t = WeekTally.of(new BigDecimal("2.5"), lines, FRI);
        assertThat(t.attended()).isEqualTo(new BigDecimal("3.00"));
        assertThat(t.remaining()).isEqualTo(new BigDecimal("0.00"));
        assertThat(t.targetStillReachable()).isTrue();
    }

    @Test
    void sessionsThatDoNotCountAddNothing() {
        WeekTally.Line alumni = new WeekTally.Line(MON, BigDecimal.ZERO, false, AttendanceStatus.PRESENT,
                new BigDecimal("0.00"));
        WeekTally t = WeekTally.of(NINE, List.of(alumni), MON);
        assertThat(t.scheduled()).isEqualByComparingTo("0");
        assertThat(t.attended()).isEqualByComparingTo("0");
    }
}
