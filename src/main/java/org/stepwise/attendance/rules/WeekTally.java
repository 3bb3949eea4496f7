package org.stepwise.attendance.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.stepwise.attendance.AttendanceStatus;

/**
 * A client's week against the weekly target.
 *
 * <ul>
 * <li>scheduled: counted hours of the sessions booked that were not cancelled;</li>
 * <li>attended: the attended hours of the records;</li>
 * <li>still possible: counted hours of booked sessions, not cancelled, without a record yet, on today or later
 *     (attendance is taken on the day: a session of an earlier day with no record was not attended);</li>
 * <li>remaining: what is still to attend to meet the target, never below 0.</li>
 * </ul>
 *
 * @param attended the sum of rounded attended hours, as reported; every total has 2 decimals
 */
public record WeekTally(BigDecimal target, BigDecimal scheduled, BigDecimal attended, BigDecimal stillPossible) {

    /**
     * One booked session of the week.
     *
     * @param status empty until attendance is recorded
     * @param attendedHours 0 until attendance is recorded
     */
    public record Line(LocalDate day, BigDecimal countedHours, boolean cancelled, @Nullable AttendanceStatus status,
            BigDecimal attendedHours) {

        public Line {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(countedHours, "countedHours");
            Objects.requireNonNull(attendedHours, "attendedHours");
        }

        public boolean recorded() {
            return status != null;
        }
    }

    public static WeekTally of(BigDecimal target, List<Line> lines, LocalDate today) {
        BigDecimal scheduled = BigDecimal.ZERO;
        BigDecimal attended = BigDecimal.ZERO;
        BigDecimal possible = BigDecimal.ZERO;
        for (Line line : lines) {
            attended = attended.add(line.attendedHours());
            if (line.cancelled()) {
                continue;
            }
            scheduled = scheduled.add(line.countedHours());
            if (!line.recorded() && !line.day().isBefore(today)) {
                possible = possible.add(line.countedHours());
            }
        }
        return new WeekTally(target, hours(scheduled), hours(attended), hours(possible));
    }

    private static BigDecimal hours(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public BigDecimal remaining() {
        return hours(target.subtract(attended).max(BigDecimal.ZERO));
    }

    /** Whether attending everything still to come would meet the target. */
    public boolean targetStillReachable() {
        return attended.add(stillPossible).compareTo(target) >= 0;
    }

    /** The most the week can still reach: attended plus everything still to come. */
    public BigDecimal reachable() {
        return hours(attended.add(stillPossible));
    }
}
