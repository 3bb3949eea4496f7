package org.stepwise.attendance;

/**
 * What a check-in came to.
 *
 * @param walkIn true when the client was not booked and the check-in booked them (source CHECK_IN)
 */
public record CheckInOutcome(AttendanceRecord record, Change change, boolean walkIn) {

    public enum Change {
        /** A new record. */
        RECORDED,
        /** The record changed, with the current version given. */
        CORRECTED,
        /** The same status and minutes were already recorded: a double click, a retry. Nothing changed. */
        UNCHANGED
    }
}
