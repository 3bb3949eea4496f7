package org.stepwise.scheduling.optimizer;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * A stretch of time on one weekday of the week being planned: a group session, an offered appointment time or a time a
 * client is blocked (work, school). Times never run past midnight.
 */
public record TimeSlot(DayOfWeek day, LocalTime start, int minutes) {

    private static final int MINUTES_PER_DAY = 24 * 60;

    public TimeSlot {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        if (minutes <= 0) {
            throw new IllegalArgumentException("a time slot lasts at least a minute, not " + minutes);
        }
        if (start.toSecondOfDay() / 60 + minutes > MINUTES_PER_DAY) {
            throw new IllegalArgumentException("a time slot ends by midnight: " + day + " " + start + " + " + minutes);
        }
    }

    public static TimeSlot of(DayOfWeek day, String start, int minutes) {
        return new TimeSlot(day, LocalTime.parse(start), minutes);
    }

    public LocalTime end() {
        return start.plusMinutes(minutes);
    }

    /** True when both share at least one minute; back-to-back slots (10:00–10:50 and 10:50–11:40) do not overlap. */
    public boolean overlaps(TimeSlot other) {
        return day == other.day && startMinuteOfWeek() < other.endMinuteOfWeek()
                && other.startMinuteOfWeek() < endMinuteOfWeek();
    }

    /** Minutes from Monday 00:00: a single number to compare and join on. */
    public int startMinuteOfWeek() {
        return (day.getValue() - 1) * MINUTES_PER_DAY + start.toSecondOfDay() / 60;
    }

    public int endMinuteOfWeek() {
        return startMinuteOfWeek() + minutes;
    }

    /** "Tue 10:00", as a schedule prints it. */
    public String label() {
        return shortDay(day) + " " + start;
    }

    /** "Tue 10:00–10:50". */
    public String rangeLabel() {
        return label() + "–" + end();
    }

    static String shortDay(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    static String longDay(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
