package org.stepwise.scheduling.optimizer;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The greedy baseline keeps every hard rule and serves the least available clients first. */
class GreedySchedulerTests {

    @Test
    void theLeastAvailableClientChoosesFirst() {
        WeekFixture week = new WeekFixture();
        StaffWeek pat = week.staff("Pat", 40, 20);
        GroupSession tuesday = week.group("Relapse prevention", TUESDAY, "10:00", 1, pat);
        GroupSession wednesday = week.group("Stress management", WEDNESDAY, "10:00", 1, pat);
        ClientWeek flexible = week.client("Flexible", 1, 1,
                Availability.of(DayPart.DAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY));
        ClientWeek tuesdaysOnly = week.client("Tuesdays only", 1, 1, Availability.of(DayPart.DAY, TUESDAY));
        WeekProblem problem = week.problem();

        WeekPlan plan = new GreedyScheduler().schedule(problem);

        assertThat(plan.seats()).containsExactlyInAnyOrder(new GroupSeat(tuesdaysOnly.clientId(), tuesday.id()),
                new GroupSeat(flexible.clientId(), wednesday.id()));
        assertThat(plan.feasible()).isTrue();
        assertThat(plan.score()).isEqualTo("greedy");
    }

    @Test
    void aSyntheticClinicGetsAGreedyPlanThatBreaksNoHardRule() {
        WeekProblem problem = SyntheticWeek.generate(31, 60).problem();

        WeekPlan plan = new GreedyScheduler().schedule(problem);

        assertThat(new ScheduleRules().check(problem, plan)).isEmpty();
        assertThat(plan.seats()).isNotEmpty();
        assertThat(plan.appointments()).isNotEmpty();
    }
}
