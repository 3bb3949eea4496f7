package org.stepwise.episodes.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Physician recertification of the need for IOP, due no less often than every other month (42 CFR 424.24(d)): two
 * calendar months after the last certification, on the last day of the month when that month is shorter (a
 * certification on 31 December is due on 28 February, or 29 in a leap year).
 *
 * @param daysLeft days from today to the due date: negative once overdue
 */
public record Recertification(LocalDate dueOn, long daysLeft) {

    public static LocalDate dueAfter(LocalDate certifiedOn) {
        return certifiedOn.plusMonths(2);
    }

    public static Recertification of(LocalDate certifiedOn, LocalDate today) {
        LocalDate due = dueAfter(certifiedOn);
        return new Recertification(due, ChronoUnit.DAYS.between(today, due));
    }

    public boolean overdue() {
        return daysLeft < 0;
    }

    /** "due in 12 days", "due today", "overdue by 3 days". */
    public String describe() {
        if (daysLeft == 0) {
            return "due today";
        }
        if (daysLeft > 0) {
            return "due in " + daysLeft + (daysLeft == 1 ? " day" : " days");
        }
        return "overdue by " + -daysLeft + (daysLeft == -1 ? " day" : " days");
    }
}
