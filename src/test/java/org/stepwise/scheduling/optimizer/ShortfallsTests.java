package org.stepwise.scheduling.optimizer;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.stepwise.scheduling.optimizer.AppointmentKind.INDIVIDUAL;
import static org.stepwise.scheduling.optimizer.AppointmentKind.MEDICATION_MANAGEMENT;
import static org.stepwise.scheduling.optimizer.WeekFixture.at;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every missed target is explained in words a program director can act on. */
class ShortfallsTests {

    @Test
    void fullGroupsOnAClientsDaysAreNamedByDay() {
        WeekFixture week = new WeekFixture();
        StaffWeek pat = week.staff("Pat", 40, 20);
        GroupSession first = week.group("Relapse prevention", TUESDAY, "18:00", 1, pat);
        GroupSession second = week.group("Communication", TUESDAY, "19:00", 1, pat);
        ClientWeek taken = week.client("Taken", 0, 3, Availability.of(DayPart.EVENING, TUESDAY));
        ClientWeek late = week.client("Late", 2, 3, Availability.of(DayPart.EVENING, TUESDAY));
        WeekProblem problem = week.problem();

        WeekPlan plan = WeekPlan.evaluate(problem, List.of(new GroupSeat(taken.clientId(), first.id()),
                new GroupSeat(taken.clientId(), second.id())), List.of());

        assertThat(plan.shortfalls()).singleElement().satisfies(shortfall -> {
            assertThat(shortfall.clientId()).isEqualTo(late.clientId());
            assertThat(shortfall.what()).isEqualTo("0.0 of 2.0 hours");
            assertThat(shortfall.why()).isEqualTo("all 2 evening groups on Tuesday are full");
        });
    }

    @Test
    void anAppointmentNoOfferedTimeFitsSaysSo() {
        WeekFixture week = new WeekFixture();
        StaffWeek sam = week.staff("Sam", 40, 20);
        week.slot(sam, at(MONDAY, "10:00"), INDIVIDUAL);
        ClientWeek alex = week.client("Alex", 0, 3, Availability.of(DayPart.DAY, TUESDAY),
                Map.of(INDIVIDUAL, 1, MEDICATION_MANAGEMENT, 1), Set.of(), Set.of());
        WeekProblem problem = week.problem();

        WeekPlan plan = WeekPlan.evaluate(problem, List.of(), List.of());

        assertThat(plan.shortfalls()).extracting(Shortfall::what, Shortfall::why).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("individual therapy: 0 of 1 booked",
                        "no individual therapy time with a therapist fits their availability (Tue, days)"),
                org.assertj.core.groups.Tuple.tuple("medication management: 0 of 1 booked",
                        "no medication management time with a prescriber fits their availability (Tue, days)"));
        assertThat(plan.shortfalls()).allMatch(s -> s.clientId().equals(alex.clientId()));
    }

    @Test
    void takenAppointmentTimesAreCounted() {
        WeekFixture week = new WeekFixture();
        StaffWeek sam = week.staff("Sam", 40, 20);
        AppointmentSlot only = week.slot(sam, at(TUESDAY, "10:00"), INDIVIDUAL);
        ClientWeek first = week.client("First", 0, 3, Availability.of(DayPart.DAY, TUESDAY),
                Map.of(INDIVIDUAL, 1), Set.of(), Set.of());
        week.client("Second", 0, 3, Availability.of(DayPart.DAY, TUESDAY), Map.of(INDIVIDUAL, 1), Set.of(),
                Set.of());
        WeekProblem problem = week.problem();

        WeekPlan plan = WeekPlan.evaluate(problem, List.of(), List.of(new Appointment(first.clientId(), INDIVIDUAL,
                sam.staffId(), only.time())));

        assertThat(plan.shortfalls()).singleElement().extracting(Shortfall::why)
                .isEqualTo("the only individual therapy time that fits their availability is taken");
    }
}
