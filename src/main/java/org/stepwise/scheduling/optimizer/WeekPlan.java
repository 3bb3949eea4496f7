package org.stepwise.scheduling.optimizer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A week's schedule: who sits in which group, which appointments are booked, every target it does not meet and why,
 * whether it breaks no hard rule, the optimizer's score (its own words, for logs) and each client's scheduled hours.
 */
public record WeekPlan(List<GroupSeat> seats, List<Appointment> appointments, List<Shortfall> shortfalls,
        boolean feasible, String score, Map<UUID, BigDecimal> scheduledHours) {

    public WeekPlan {
        seats = List.copyOf(seats);
        appointments = List.copyOf(appointments);
        shortfalls = List.copyOf(shortfalls);
        scheduledHours = Map.copyOf(scheduledHours);
    }

    /**
     * A plan made or changed by hand, with its hours and shortfalls worked out and {@code feasible} checked against
     * {@link ScheduleRules}.
     */
    public static WeekPlan evaluate(WeekProblem problem, List<GroupSeat> seats, List<Appointment> appointments) {
        WeekIndex index = WeekIndex.of(problem);
        int broken = new ScheduleRules().check(index, seats, appointments).size();
        return assemble(index, seats, appointments, broken == 0,
                broken == 0 ? "no hard rule broken" : broken + " hard rule(s) broken");
    }

    static WeekPlan assemble(WeekIndex index, List<GroupSeat> seats, List<Appointment> appointments, boolean feasible,
            String score) {
        Map<UUID, BigDecimal> hours = WeeklyHours.byClient(index, seats, appointments);
        return new WeekPlan(seats, appointments, Shortfalls.explain(index, seats, appointments, hours), feasible, score,
                hours);
    }

    /** A plan still being constructed: its shortfalls would only say "not placed yet", so they are left out. */
    static WeekPlan partial(WeekIndex index, List<GroupSeat> seats, List<Appointment> appointments, boolean feasible,
            String score) {
        return new WeekPlan(seats, appointments, List.of(), feasible, score,
                WeeklyHours.byClient(index, seats, appointments));
    }

    public BigDecimal hoursOf(UUID clientId) {
        return scheduledHours.getOrDefault(clientId, BigDecimal.ZERO);
    }

    /** How many of the problem's clients are within their target range (min ≤ scheduled ≤ max). */
    public long clientsWithinTarget(WeekProblem problem) {
        return problem.clients().stream().filter(c -> c.withinTarget(hoursOf(c.clientId()))).count();
    }

    /** The share of clients within target, 0 to 1 (1 for a week without clients). */
    public double shareWithinTarget(WeekProblem problem) {
        return problem.clients().isEmpty() ? 1.0 : (double) clientsWithinTarget(problem) / problem.clients().size();
    }
}
