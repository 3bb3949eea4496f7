package org.stepwise.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week such as {@code 2026-W48}: Monday to Sunday, week 1 being the one with the year's first Thursday.
 * Weekly hours are counted per ISO week because that is how payers and the IOP definition count them.
 */
public record IsoWeek(LocalDate monday) implements Comparable<IsoWeek> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");

    public IsoWeek {
        Objects.requireNonNull(monday, "monday");
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week starts on a Monday, not on " + monday);
        }
    }

    public static IsoWeek containing(LocalDate day) {
        return new IsoWeek(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    /**
     * Reads {@code yyyy-Www}; refuses a week the year does not have (2026 has 53 weeks, 2027 has 52).
     *
     * @throws IllegalArgumentException with a message a person can act on
     */
    public static IsoWeek parse(String text) {
        var match = TEXT.matcher(text);
        if (!match.matches()) {
            throw new IllegalArgumentException("A week is written yyyy-Www, for example 2026-W48.");
        }
        int year = Integer.parseInt(match.group(1));
        int week = Integer.parseInt(match.group(2));
        try {
            LocalDate mid = LocalDate.of(year, 6, 1);
            long weeks = mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
            if (week < 1 || week > weeks) {
                throw new IllegalArgumentException(year + " has weeks 1 to " + weeks + ", not " + week + ".");
            }
            LocalDate monday = mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
            return new IsoWeek(monday);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("A week is written yyyy-Www, for example 2026-W48.");
        }
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    public LocalDate day(DayOfWeek day) {
        return monday.plusDays(day.getValue() - 1L);
    }

    public IsoWeek next() {
        return new IsoWeek(monday.plusWeeks(1));
    }

    public IsoWeek previous() {
        return new IsoWeek(monday.minusWeeks(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(monday) && !day.isAfter(sunday());
    }

    @Override
    public int compareTo(IsoWeek other) {
        return monday.compareTo(other.monday);
    }

    /** {@code 2026-W48}, also in JSON. */
    @com.fasterxml.jackson.annotation.JsonValue
    @Override
    public String toString() {
        int year = monday.get(IsoFields.WEEK_BASED_YEAR);
        int week = monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return "%04d-W%02d".formatted(year, week);
    }
}
