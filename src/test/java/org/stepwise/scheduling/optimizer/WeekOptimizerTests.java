package org.stepwise.scheduling.optimizer;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.stepwise.scheduling.optimizer.AppointmentKind.INDIVIDUAL;
import static org.stepwise.scheduling.optimizer.WeekFixture.at;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The optimizer on small hand-built weeks, each about one behaviour, and on a modest synthetic clinic. */
class WeekOptimizerTests {

    private static final Duration SHORT = Duration.ofSeconds(5);
    private static WeekOptimizer optimizer;

    @BeforeAll
    static void startOptimizer() {
        optimizer = new WeekOptimizer(new OptimizerSettings(Duration.ofMillis(100), Duration.ofSeconds(1)));
    }

    @AfterAll
    static void closeOptimizer() {
        optimizer.close();
    }

    @Test
    void aFullGroupSendsTheSecondClientToAnotherSession() {
        WeekFixture week = new WeekFixture();
        StaffWeek pat = week.staff("Pat", 40, 20);
        GroupSession small = week.group("Relapse prevention", TUESDAY, "10:00", 1, pat);
        GroupSession other = week.group("Stress management", TUESDAY, "11:00", 12, pat);
        ClientWeek alex = week.client("Alex", 1, 1, Availability.of(DayPart.DAY, TUESDAY), Map.of(),
                Set.of(small.seriesId()), Set.of());
        ClientWeek bo = week.client("Bo", 1, 1, Availability.of(DayPart.DAY, TUESDAY), Map.of(),
                Set.of(small.seriesId()), Set.of());
        WeekProblem problem = week.problem();

        WeekPlan plan = optimizer.solve(problem, SHORT);

        assertThat(new ScheduleRules().check(problem, plan)).isEmpty();
        assertThat(plan.seats()).extracting(GroupSeat::sessionId).containsExactlyInAnyOrder(small.id(), other.id());
        assertThat(plan.clientsWithinTarget(problem)).isEqualTo(2);
        assertThat(plan.seats()).extracting(GroupSeat::clientId).containsExactlyInAnyOrder(alex.clientId(),
                bo.clientId());
    }

    @Test
    void aClientAvailableTwoDaysIsToldWhichDaysAndHowManyHoursTheyOffer() {
        WeekFixture week = new WeekFixture();
        StaffWeek pat = week.staff("Pat", 40, 20);
        for (var day : List.of(MONDAY, TUESDAY, WEDNESDAY)) {
            for (String start : List.of("10:00", "11:00", "12:00")) {
                week.group("Group " + day + start, day, start, 12, pat);
            }
        }
        ClientWeek alex = week.client("Alex", 9, 11, Availability.of(DayPart.DAY, MONDAY, WEDNESDAY));
        WeekProblem problem = week.problem();

        WeekPlan plan = optimizer.solve(problem, Duration.ofSeconds(2));

        assertThat(new ScheduleRules().check(problem, plan)).isEmpty();
        assertThat(plan.hoursOf(alex.clientId())).isEqualByComparingTo("6");
        assertThat(plan.shortfalls()).singleElement().satisfies(shortfall -> {
            assertThat(shortfall.clientId()).isEqualTo(alex.clientId());
            assertThat(shortfall.what()).isEqualTo("6.0 of 9.0 hours");
            assertThat(shortfall.why()).isEqualTo("available Mon and Wed only (days), where their track offers 6.0 "
                    + "counted hours");
        });
    }

    @Test
    void aClientStaysInLastWeeksGroupWhenThereIsRoom() {
        WeekFixture week = new WeekFixture();
        StaffWeek pat = week.staff("Pat", 40, 20);
        GroupSession usual = week.group("Relapse prevention", TUESDAY, "10:00", 1, pat);
        GroupSession other = week.group("Stress management", TUESDAY, "11:00", 1, pat);
        // Bo comes first in every order and would take the usual group if continuity did not count.
        ClientWeek bo = week.client("Bo", 1, 1, Availability.of(DayPart.DAY, TUESDAY));
        ClientWeek alex = week.client("Alex", 1, 1, Availability.of(DayPart.DAY, TUESDAY), Map.of(),
                Set.of(usual.seriesId()), Set.of());
        WeekProblem problem = week.problem();

        WeekPlan plan = optimizer.solve(problem, SHORT);

        assertThat(plan.seats()).containsExactlyInAnyOrder(new GroupSeat(alex.clientId(), usual.id()),
                new GroupSeat(bo.clientId(), other.id()));
    }

    @Test
    void aClinicianAtTheirWeeklyHoursSeesNoMoreClients() {
        WeekFixture week = new WeekFixture();
        StaffWeek sam = week.staff("Sam", 2, 20);
        StaffWeek pat = week.staff("Pat", 40, 20);
        week.group("Relapse prevention", MONDAY, "10:00", 12, sam);
        week.slot(sam, at(TUESDAY, "10:00"), INDIVIDUAL);
        week.slot(sam, at(TUESDAY, "11:00"), INDIVIDUAL);
        week.slot(pat, at(TUESDAY, "14:00"), INDIVIDUAL);
        week.client("Alex", 1, 2, Availability.of(DayPart.DAY, TUESDAY), Map.of(INDIVIDUAL, 1), Set.of(),
                Set.of(sam.staffId()));
        week.client("Bo", 1, 2, Availability.of(DayPart.DAY, TUESDAY), Map.of(INDIVIDUAL, 1), Set.of(),
                Set.of(sam.staffId()));
        WeekProblem problem = week.problem();

        WeekPlan plan = optimizer.solve(problem, SHORT);

        assertThat(new ScheduleRules().check(problem, plan)).isEmpty();
        assertThat(plan.appointments()).hasSize(2);
        assertThat(plan.appointments()).filteredOn(a -> a.staffId().equals(sam.staffId())).hasSize(1);
    }

    @Test
    void aModestSyntheticClinicGetsAScheduleThatBreaksNoHardRule() {
        SyntheticWeek synthetic = SyntheticWeek.generate(11, 60);
        WeekProblem problem = synthetic.problem();

        WeekPlan plan = optimizer.solve(problem, Duration.ofSeconds(20));

        assertThat(new ScheduleRules().check(problem, plan)).isEmpty();
        assertThat(plan.feasible()).isTrue();
        assertThat(plan.shareWithinTarget(problem)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aBackgroundRunReportsItsBestPlansAndEndsWithAFinishedOne() {
        WeekProblem problem = SyntheticWeek.generate(12, 30).problem();
        List<Progress> reports = new java.util.concurrent.CopyOnWriteArrayList<>();

        OptimizerRun run = optimizer.start(problem, Duration.ofSeconds(20), reports::add);
        WeekPlan plan = run.awaitResult();

        assertThat(reports).isNotEmpty();
        Progress last = reports.getLast();
        assertThat(last.finished()).isTrue();
        assertThat(last.complete()).isTrue();
        assertThat(last.fractionDone()).isEqualTo(1.0);
        assertThat(last.best()).isEqualTo(plan);
        assertThat(reports.subList(0, reports.size() - 1)).noneMatch(Progress::finished);
        assertThat(run.progress()).contains(last);
        assertThat(run.isDone()).isTrue();
    }

    @Test
    void aCancelledRunEndsSoonWithTheBestPlanSoFar() {
        WeekProblem problem = SyntheticWeek.generate(13, 60).problem();
        java.util.concurrent.CountDownLatch firstReport = new java.util.concurrent.CountDownLatch(1);

        OptimizerRun run = optimizer.start(problem, Duration.ofMinutes(5), progress -> firstReport.countDown());
        run.cancel();
        WeekPlan plan = run.awaitResult();

        assertThat(run.wasCancelled()).isTrue();
        assertThat(run.stoppedEarly()).isFalse();
        assertThat(new ScheduleRules().check(problem, plan)).isEmpty();
    }
}
