package org.stepwise.careplan;

import java.time.LocalDate;

/**
 * When the plan's next review is due, by the program's rule.
 *
 * @param countedFrom the day the rule counts from: the last review, else the day the plan took effect, else admission
 * @param basis which of the three that is
 * @param ruleDays the program's number of days between reviews
 * @param daysLeft days from today to the due day; negative once overdue
 */
public record ReviewDue(LocalDate countedFrom, Basis basis, int ruleDays, LocalDate dueOn, long daysLeft) {

    /** What the due day counts from. */
    public enum Basis { LAST_REVIEW, PLAN_IN_EFFECT, ADMISSION }

    public boolean overdue() {
        return daysLeft < 0;
    }

    /** Due within the coming week (or today), not yet overdue: the documentation queue lists it. */
    public boolean dueSoon() {
        return daysLeft >= 0 && daysLeft <= org.stepwise.careplan.rules.ReviewSchedule.DUE_SOON_DAYS;
    }
}
