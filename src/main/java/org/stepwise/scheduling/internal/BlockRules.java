package org.stepwise.scheduling.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stepwise.scheduling.DayPart;
import org.stepwise.staff.TrackPeriod;

/**
 * The rules of a block's (or a moved session's) time that need no database: a weekday, a start on the quarter hour,
 * within the track's part of the day, ending before midnight; and when two blocks overlap.
 */
public final class BlockRules {

    private BlockRules() {}

    /** Problems with the time, keyed {@code weekday} and {@code startsAt}; empty when the time is fine. */
    public static Map<String, String> timeProblems(@Nullable Integer weekday, @Nullable LocalTime start, int minutes,
            @Nullable TrackPeriod period) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (weekday == null || weekday < 1 || weekday > 7) {
            problems.put("weekday", "Choose the day of the week.");
        }
        startProblem(start, minutes, period).ifPresent(p -> problems.put("startsAt", p));
        return problems;
    }

    /** What is wrong with a start time, if anything. */
    public static java.util.Optional<String> startProblem(@Nullable LocalTime start, int minutes,
            @Nullable TrackPeriod period) {
        if (start == null) {
            return java.util.Optional.of("Enter the start time, such as 10:00.");
        }
        if (!onQuarterHour(start)) {
            return java.util.Optional.of("Start on the quarter hour (such as 10:00, 10:15, 10:30 or 10:45).");
        }
        if (period == TrackPeriod.DAY && DayPart.of(start) != DayPart.DAY) {
            return java.util.Optional.of("A day track's sessions start before " + DayPart.EVENING_STARTS + "; "
                    + start + " is in the evening.");
        }
        if (period == TrackPeriod.EVENING && DayPart.of(start) != DayPart.EVENING) {
            return java.util.Optional.of("An evening track's sessions start at " + DayPart.EVENING_STARTS
                    + " or later; " + start + " is during the day.");
        }
        if (minutes > 0 && start.plusMinutes(minutes).isBefore(start)) {
            return java.util.Optional.of("A session starting at " + start + " would run past midnight.");
        }
        return java.util.Optional.empty();
    }

    public static boolean onQuarterHour(LocalTime time) {
        return time.getMinute() % 15 == 0 && time.getSecond() == 0 && time.getNano() == 0;
    }

    /** Whether two weekly slots share any minute. */
    public static boolean overlap(DayOfWeek day, LocalTime start, int minutes, DayOfWeek otherDay, LocalTime otherStart,
            int otherMinutes) {
        if (day != otherDay) {
            return false;
        }
        int from = start.toSecondOfDay() / 60;
        int otherFrom = otherStart.toSecondOfDay() / 60;
        return from < otherFrom + otherMinutes && otherFrom < from + minutes;
    }
}
