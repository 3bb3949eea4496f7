package org.stepwise.scheduling.optimizer;

import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.stepwise.scheduling.optimizer.AppointmentKind.FAMILY;
import static org.stepwise.scheduling.optimizer.AppointmentKind.INDIVIDUAL;
import static org.stepwise.scheduling.optimizer.WeekFixture.at;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.scheduling.optimizer.Violation.Rule;

/** Every hard rule has a plan that breaks it, and ScheduleRules names it; a plan that breaks none passes. */
class ScheduleRulesTests {

    /** Two day clients, one evening client, two clinicians and a few groups and offered times. */
    static final class Clinic {
        final WeekFixture week = new WeekFixture();
        final StaffWeek sam = week.staff("Sam", 40, 1);
        final StaffWeek pat = week.staff("Pat", 2, 10);
        final GroupSession relapse = week.group("Relapse prevention", TUESDAY, "10:00", 2, pat);
        final GroupSession anger = week.group("Anger management", TUESDAY, "10:00", 12, sam);
        final GroupSession skills = week.group("DBT skills", WEDNESDAY, "10:00", 12, sam);
        final GroupSession evening = week.group("Communication", TUESDAY, "18:00", 12, sam);
        final GroupSession otherTrack = new GroupSession(WeekFixture.id("other"), WeekFixture.id("other series"),
                at(WEDNESDAY, "11:00"), WeekFixture.SITE, WeekFixture.id("another day track"), WeekFixture.id("room x"),
                12, pat.staffId(), "Mindfulness", new BigDecimal("1.0"));
        final AppointmentSlot samTuesday = week.slot(sam, at(TUESDAY, "11:00"), INDIVIDUAL, FAMILY);
        final AppointmentSlot samWednesday = week.slot(sam, at(WEDNESDAY, "11:00"), INDIVIDUAL);
        final AppointmentSlot patTuesday = week.slot(pat, at(TUESDAY, "10:00"), INDIVIDUAL);
        final AppointmentSlot patWednesday = week.slot(pat, at(WEDNESDAY, "12:00"), INDIVIDUAL);
        final ClientWeek alex = week.client("Alex", 1, 3, Availability.of(DayPart.DAY, TUESDAY, WEDNESDAY)
                .blocking(TimeSlot.of(WEDNESDAY, "09:30", 60)));
        final ClientWeek bo = week.client("Bo", 1, 3, Availability.of(DayPart.DAY, TUESDAY, WEDNESDAY));
        final ClientWeek cy = week.client("Cy", 1, 3, Availability.of(DayPart.DAY, TUESDAY, WEDNESDAY));
        final WeekProblem problem;

        Clinic() {
            WeekProblem built = week.problem();
            List<GroupSession> sessions = new java.util.ArrayList<>(built.sessions());
            sessions.add(otherTrack);
            problem = new WeekProblem(built.weekStart(), sessions, built.appointmentSlots(), built.clients(),
                    built.staff());
        }

        GroupSeat seat(ClientWeek client, GroupSession session) {
            return new GroupSeat(client.clientId(), session.id());
        }

        Appointment appointment(ClientWeek client, AppointmentKind kind, AppointmentSlot slot) {
            return new Appointment(client.clientId(), kind, slot.staffId(), slot.time());
        }

        WeekPlan plan(List<GroupSeat> seats, List<Appointment> appointments) {
            return WeekPlan.evaluate(problem, seats, appointments);
        }
    }

    static Stream<Arguments> brokenPlans() {
        return Stream.of(
                broken(Rule.SESSION_OVER_CAPACITY, "holds 3 clients for 2 seats", c -> c.plan(List.of(
                        c.seat(c.alex, c.relapse), c.seat(c.bo, c.relapse), c.seat(c.cy, c.relapse)), List.of())),
                broken(Rule.CLIENT_DOUBLE_BOOKED, "booked twice at once", c -> c.plan(List.of(
                        c.seat(c.bo, c.relapse), c.seat(c.bo, c.anger)), List.of())),
                broken(Rule.CLIENT_DOUBLE_BOOKED, "booked twice at once", c -> c.plan(List.of(
                        c.seat(c.bo, c.skills)), List.of(c.appointment(c.bo, INDIVIDUAL, c.samWednesday)
                                .withTime(at(WEDNESDAY, "10:30"))))),
                broken(Rule.CLIENT_DOUBLE_BOOKED, "booked twice into", c -> c.plan(List.of(
                        c.seat(c.bo, c.skills), c.seat(c.bo, c.skills)), List.of())),
                broken(Rule.OUTSIDE_AVAILABILITY, "overlaps their blocked time Wed 09:30", c -> c.plan(List.of(
                        c.seat(c.alex, c.skills)), List.of())),
                broken(Rule.OUTSIDE_AVAILABILITY, "not in their day hours", c -> c.plan(List.of(
                        c.seat(c.bo, c.evening)), List.of())),
                broken(Rule.WRONG_TRACK, "belongs to another track", c -> c.plan(List.of(
                        c.seat(c.bo, c.otherTrack)), List.of())),
                broken(Rule.NO_OFFERED_SLOT, "offers no family therapy time at Wed 11:00", c -> c.plan(List.of(),
                        List.of(c.appointment(c.bo, FAMILY, c.samWednesday)))),
                broken(Rule.STAFF_DOUBLE_BOOKED, "two appointments at once", c -> c.plan(List.of(), List.of(
                        c.appointment(c.bo, INDIVIDUAL, c.patWednesday),
                        c.appointment(c.cy, INDIVIDUAL, c.patWednesday)))),
                broken(Rule.STAFF_FACILITATING, "facilitates Tue 10:00 Relapse prevention", c -> c.plan(List.of(),
                        List.of(c.appointment(c.bo, INDIVIDUAL, c.patTuesday)))),
                broken(Rule.STAFF_OVER_HOURS, "above their 2.0 h", c -> c.plan(List.of(), List.of(
                        c.appointment(c.bo, INDIVIDUAL, c.patWednesday)))),
                broken(Rule.STAFF_OVER_CASELOAD, "above their caseload of 1", c -> c.plan(List.of(), List.of(
                        c.appointment(c.bo, INDIVIDUAL, c.samTuesday),
                        c.appointment(c.cy, INDIVIDUAL, c.samWednesday)))),
                broken(Rule.CLIENT_OVER_MAX_HOURS, "is scheduled 4.0 hours, above their maximum of 3.0", c -> c.plan(
                        List.of(c.seat(c.bo, c.anger), c.seat(c.bo, c.skills)), List.of(
                                c.appointment(c.bo, INDIVIDUAL, c.samTuesday),
                                c.appointment(c.bo, FAMILY, c.samWednesday).withKind(INDIVIDUAL)))),
                broken(Rule.UNKNOWN_REFERENCE, "is not in this week", c -> c.plan(List.of(
                        new GroupSeat(c.bo.clientId(), UUID.randomUUID())), List.of())));
    }

    private static Arguments broken(Rule rule, String words, Function<Clinic, WeekPlan> plan) {
        return Arguments.of(rule, words, plan);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("brokenPlans")
    void catchesEveryBrokenHardRule(Rule rule, String words, Function<Clinic, WeekPlan> planOf) {
        Clinic clinic = new Clinic();
        WeekPlan plan = planOf.apply(clinic);

        List<Violation> violations = new ScheduleRules().check(clinic.problem, plan);

        assertThat(violations).filteredOn(v -> v.rule() == rule)
                .anySatisfy(v -> assertThat(v.message()).contains(words));
        assertThat(plan.feasible()).isFalse();
    }

    @Test
    void aPlanThatKeepsEveryRulePasses() {
        Clinic c = new Clinic();
        WeekPlan plan = c.plan(List.of(c.seat(c.alex, c.relapse), c.seat(c.bo, c.relapse), c.seat(c.cy, c.anger),
                c.seat(c.bo, c.skills)), List.of(c.appointment(c.bo, INDIVIDUAL, c.samTuesday)));

        assertThat(new ScheduleRules().check(c.problem, plan)).isEmpty();
        assertThat(plan.feasible()).isTrue();
        assertThat(plan.hoursOf(c.bo.clientId())).isEqualByComparingTo("3.0");
    }

    @Test
    void aSeatInAFullGroupIsRefusedWithTheSessionAndItsCount() {
        Clinic c = new Clinic();
        WeekPlan current = c.plan(List.of(c.seat(c.alex, c.relapse), c.seat(c.bo, c.relapse)), List.of());

        List<Violation> violations = new ScheduleRules().checkChange(c.problem, current,
                new Change.AddSeat(c.seat(c.cy, c.relapse)));

        assertThat(violations).extracting(Violation::message).containsExactly("Tue 10:00 Relapse prevention is full (2 of 2)");
    }

    @Test
    void aChangeNamesTheClashAndTheLimitsItWouldBreak() {
        Clinic c = new Clinic();
        WeekPlan current = c.plan(List.of(c.seat(c.bo, c.anger)), List.of(c.appointment(c.cy, INDIVIDUAL,
                c.samWednesday)));
        ScheduleRules rules = new ScheduleRules(WeekFixture.names());

        List<Violation> clash = rules.checkChange(c.problem, current, new Change.AddSeat(c.seat(c.bo, c.relapse)));
        List<Violation> caseload = rules.checkChange(c.problem, current,
                new Change.AddAppointment(c.appointment(c.bo, INDIVIDUAL, c.samTuesday)));
        List<Violation> fine = rules.checkChange(c.problem, current, new Change.AddSeat(c.seat(c.bo, c.skills)));

        assertThat(clash).extracting(Violation::message)
                .containsExactly("the client is already booked at that time: Tue 10:00 Anger management");
        assertThat(caseload).extracting(Violation::rule).containsExactly(Rule.STAFF_OVER_CASELOAD);
        assertThat(caseload.getFirst().message()).isEqualTo("the clinician's caseload is full (1 of 1 clients)");
        assertThat(fine).isEmpty();
    }

    @Test
    void aChangeDoesNotRepeatWhatThePlanAlreadyBreaks() {
        Clinic c = new Clinic();
        WeekPlan overFull = c.plan(List.of(c.seat(c.alex, c.relapse), c.seat(c.bo, c.relapse),
                c.seat(c.cy, c.relapse)), List.of());

        assertThat(new ScheduleRules().checkChange(c.problem, overFull, new Change.AddSeat(c.seat(c.bo, c.skills))))
                .isEmpty();
    }
}
