/**
 * The weekly schedule optimizer: given next week's group sessions, offered appointment times, each client's week
 * (target hours, availability, appointments due, continuity) and each staff member's limits, it seats clients in
 * groups and books appointments so that every client meets their weekly hours without breaking a hard rule.
 *
 * <p>Plain Java and Timefold Solver, no Spring and no database (a test keeps it so): the scheduling module turns rows
 * into a {@link org.stepwise.scheduling.optimizer.WeekProblem} and a {@link org.stepwise.scheduling.optimizer.WeekPlan}
 * back into bookings. Entry points: {@link org.stepwise.scheduling.optimizer.WeekOptimizer} (synchronous or in the
 * background with progress), {@link org.stepwise.scheduling.optimizer.ScheduleRules} (the hard rules, for any plan and
 * for one manual change), {@link org.stepwise.scheduling.optimizer.GreedyScheduler} (a simple baseline) and
 * {@link org.stepwise.scheduling.optimizer.WeekPlan#evaluate} (hours and shortfalls of a plan made by hand).
 * See docs/decisions/0007-schedule-optimizer.md.
 */
@NullMarked
package org.stepwise.scheduling.optimizer;

import org.jspecify.annotations.NullMarked;
