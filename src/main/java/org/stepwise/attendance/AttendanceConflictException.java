package org.stepwise.attendance;

import org.stepwise.shared.ConflictException;

/**
 * Attendance is already recorded differently and the check-in did not name the current version: a 409 that carries
 * the current record, so that the caller can show it and decide (never a silent overwrite).
 */
public class AttendanceConflictException extends ConflictException {

    private final AttendanceRecord current;

    public AttendanceConflictException(String message, AttendanceRecord current) {
        super(message);
        this.current = current;
    }

    public AttendanceRecord current() {
        return current;
    }
}
