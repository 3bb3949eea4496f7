/**
 * Attendance: who came to each session and for how long (check-in by front desk or facilitator, a roster per session,
 * an idempotent check-in API), the hours that earns toward each client's weekly IOP target, and alerts with make-up
 * sessions when a client can no longer reach the week's target or misses two sessions in a row.
 *
 * <p>Public API: {@link org.stepwise.attendance.CheckIns} (rosters and check-in),
 * {@link org.stepwise.attendance.ClientWeeks} (a client's week against the target),
 * {@link org.stepwise.attendance.AttendanceAlerts}, and the event {@link org.stepwise.attendance.SessionAttended}.
 * The arithmetic and the rules are plain Java in {@code attendance.rules}.
 */
@NullMarked
package org.stepwise.attendance;

import org.jspecify.annotations.NullMarked;
