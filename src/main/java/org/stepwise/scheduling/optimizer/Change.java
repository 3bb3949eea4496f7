package org.stepwise.scheduling.optimizer;

/**
 * One manual change to a plan, checked by {@link ScheduleRules#checkChange} before it is made. Removing a booking never
 * breaks a hard rule, so a move is "remove from the plan, then check adding".
 */
public sealed interface Change {

    /** Seat a client in a group session. */
    record AddSeat(GroupSeat seat) implements Change {}

    /** Book an appointment. */
    record AddAppointment(Appointment appointment) implements Change {}
}
