package org.stepwise.careplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.stepwise.careplan.ReviewDue;

/** The review rule across month ends and leap years: the program's days, never past two calendar months. */
class ReviewScheduleTests {

    @ParameterizedTest(name = "last review {0}, every {1} days: due {2}")
    @CsvSource({
            // the program's days, when they come first
            "2027-12-31, 30, 2028-01-30",
            "2026-01-15, 30, 2026-02-14",
            "2026-03-01, 14, 2026-03-15",
            "2028-02-29, 30, 2028-03-30",
            "2026-02-28, 7, 2026-03-07",
            // 60 days against two calendar months, across month ends and leap years
            "2027-12-31, 60, 2028-02-29",
            "2026-12-31, 60, 2027-02-28",
            "2028-01-31, 60, 2028-03-31",
            "2027-01-31, 60, 2027-03-31",
            "2028-01-01, 60, 2028-03-01",
            "2027-01-01, 60, 2027-03-01",
            "2028-02-29, 60, 2028-04-29",
            "2026-07-31, 60, 2026-09-29",
            "2026-08-31, 60, 2026-10-30",
            "2026-10-31, 60, 2026-12-30",
            "2026-12-15, 60, 2027-02-13",
            // 59 days from the end of a short February is still inside two months
            "2027-02-28, 59, 2027-04-28",
            "2028-12-31, 45, 2029-02-14",
            "2028-12-31, 59, 2029-02-28",
    })
    void dueOnTheEarlierOfTheRuleAndTwoCalendarMonths(LocalDate last, int days, LocalDate due) {
        assertThat(ReviewSchedule.due(last, days)).isEqualTo(due);
        assertThat(ReviewSchedule.due(last, days)).isBeforeOrEqualTo(last.plusMonths(2));
    }

    @ParameterizedTest(name = "today {0}: {1} days left")
    @CsvSource({
            "2028-01-20, 10, false, false",
            "2028-01-23, 7, false, true",
            "2028-01-30, 0, false, true",
            "2028-01-31, -1, true, false",
            "2028-03-01, -31, true, false",
    })
    void tellsDueSoonAndOverdueFromToday(LocalDate today, long daysLeft, boolean overdue, boolean dueSoon) {
        ReviewDue due = ReviewSchedule.next(LocalDate.parse("2027-11-01"), LocalDate.parse("2027-12-31"), null, 30,
                today);
        assertThat(due.dueOn()).isEqualTo(LocalDate.parse("2028-01-30"));
        assertThat(due.daysLeft()).isEqualTo(daysLeft);
        assertThat(due.overdue()).isEqualTo(overdue);
        assertThat(due.dueSoon()).isEqualTo(dueSoon);
    }

    @Test
    void countsFromTheLastReviewElseThePlanInEffectElseTheAdmission() {
        LocalDate admitted = LocalDate.parse("2026-01-05");
        LocalDate inEffect = LocalDate.parse("2026-01-12");
        LocalDate reviewed = LocalDate.parse("2026-02-10");
        LocalDate today = LocalDate.parse("2026-02-11");

        assertThat(ReviewSchedule.next(admitted, null, null, 30, today))
                .extracting(ReviewDue::basis, ReviewDue::dueOn)
                .containsExactly(ReviewDue.Basis.ADMISSION, LocalDate.parse("2026-02-04"));
        assertThat(ReviewSchedule.next(admitted, inEffect, null, 30, today))
                .extracting(ReviewDue::basis, ReviewDue::dueOn)
                .containsExactly(ReviewDue.Basis.PLAN_IN_EFFECT, LocalDate.parse("2026-02-11"));
        assertThat(ReviewSchedule.next(admitted, inEffect, reviewed, 30, today))
                .extracting(ReviewDue::basis, ReviewDue::dueOn)
                .containsExactly(ReviewDue.Basis.LAST_REVIEW, LocalDate.parse("2026-03-12"));
    }

    @Test
    void refusesARuleOfNoDays() {
        assertThatThrownBy(() -> ReviewSchedule.due(LocalDate.parse("2026-01-01"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
