package org.stepwise.careplan.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.stepwise.careplan.ReviewDue;

/**
 * When a plan review is due: the program's number of days after the last review, but never later than two calendar
 * months after it (Medicare reviews an IOP plan at least every other month, 42 CFR 424.24(d)). Calendar months, not
 * 60 days: from 31 December, two months reach 28 or 29 February, which 60 days would overshoot.
 */
public final class ReviewSchedule {

    /** The queue lists a review from this many days before it is due. */
    public static final int DUE_SOON_DAYS = 7;

    private ReviewSchedule() {}

    /**
     * The day the next review is due after one on {@code last}.
     *
     * @throws IllegalArgumentException for a rule of less than one day
     */
    public static LocalDate due(LocalDate last, int ruleDays) {
        if (ruleDays < 1) {
            throw new IllegalArgumentException("A review rule is at least one day, not " + ruleDays);
        }
        LocalDate byRule = last.plusDays(ruleDays);
        LocalDate everyOtherMonth = last.plusMonths(2);
        return byRule.isBefore(everyOtherMonth) ? byRule : everyOtherMonth;
    }

    /**
     * The next review of a plan, counted from the last review, else from the day the plan took effect, else from the
     * admission.
     */
    public static ReviewDue next(LocalDate admittedOn, @Nullable LocalDate inEffectOn, @Nullable LocalDate lastReviewOn,
            int ruleDays, LocalDate today) {
        if (lastReviewOn != null) {
            return of(lastReviewOn, ReviewDue.Basis.LAST_REVIEW, ruleDays, today);
        }
        if (inEffectOn != null) {
            return of(inEffectOn, ReviewDue.Basis.PLAN_IN_EFFECT, ruleDays, today);
        }
        return of(admittedOn, ReviewDue.Basis.ADMISSION, ruleDays, today);
    }

    private static ReviewDue of(LocalDate from, ReviewDue.Basis basis, int ruleDays, LocalDate today) {
        LocalDate due = due(from, ruleDays);
        return new ReviewDue(from, basis, ruleDays, due, ChronoUnit.DAYS.between(today, due));
    }
}
