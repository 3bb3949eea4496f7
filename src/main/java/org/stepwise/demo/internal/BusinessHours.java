package org.stepwise.demo.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Moments on weekdays between 08:00 and 18:00 in the clinic's zone, when intake and office work happen. */
final class BusinessHours {

    private final ZoneId zone;

    BusinessHours(ZoneId zone) {
        this.zone = zone;
    }

    /** A weekday from {@code from} (included) to {@code until} (excluded); {@code from} itself when the span is empty. */
    LocalDate weekday(LocalDate from, LocalDate until, Dice dice) {
        long days = ChronoUnit.DAYS.between(from, until);
        if (days <= 0) {
            return from;
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            LocalDate day = from.plusDays(dice.between(0, (int) days - 1));
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                return day;
            }
        }
        return from;
    }

    Instant during(LocalDate day, Dice dice) {
        LocalTime time = LocalTime.of(dice.between(8, 17), dice.between(0, 59), dice.between(0, 59));
        return day.atTime(time).atZone(zone).toInstant();
    }

    /** A business moment from {@code from} (included) to {@code until} (excluded). */
    Instant between(LocalDate from, LocalDate until, Dice dice) {
        return during(weekday(from, until, dice), dice);
    }

    LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
