package org.stepwise.attendance.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import org.stepwise.attendance.AttendanceStatus;
import org.stepwise.shared.InvalidRequestException;

/**
 * What one attendance counts toward the weekly IOP hours: the session type's counted hours × minutes attended /
 * session minutes, to 2 decimals (half up). A 50-minute group attended 30 minutes counts 0.60 of its 1.0 hour.
 */
public final class AttendedHours {

    /** The JSON property and form field the minutes come in, named in error messages. */
    public static final String FIELD = "minutesAttended";

    private AttendedHours() {}

    /**
     * @throws IllegalArgumentException for a session of no length, minutes outside 0 to the session's length, or
     *     negative counted hours (the callers check these first; this is the last guard)
     */
    public static BigDecimal of(BigDecimal countedHours, int minutesAttended, int sessionMinutes) {
        if (sessionMinutes <= 0) {
            throw new IllegalArgumentException("a session lasts at least a minute, not " + sessionMinutes);
        }
        if (minutesAttended < 0 || minutesAttended > sessionMinutes) {
            throw new IllegalArgumentException("minutes attended " + minutesAttended + " outside 0.." + sessionMinutes);
        }
        if (countedHours.signum() < 0) {
            throw new IllegalArgumentException("counted hours are never negative: " + countedHours);
        }
        return countedHours.multiply(BigDecimal.valueOf(minutesAttended))
                .divide(BigDecimal.valueOf(sessionMinutes), 2, RoundingMode.HALF_UP);
    }

    /**
     * The minutes to record for a status: the whole session for present and telehealth when none are given, the given
     * minutes (1 to the session's length) for late and left early, 0 for an absence.
     *
     * @throws InvalidRequestException naming {@value #FIELD} with what to enter instead
     */
    public static int minutes(AttendanceStatus status, @Nullable Integer given, int sessionMinutes) {
        if (status.isAbsence()) {
            if (given != null && given != 0) {
                throw InvalidRequestException.forField(FIELD, status.label() + " counts 0 minutes; leave the minutes "
                        + "empty or enter 0.");
            }
            return 0;
        }
        if (given == null) {
            if (status.needsMinutes()) {
                throw InvalidRequestException.forField(FIELD, status.label() + ": enter the minutes attended, 1 to "
                        + sessionMinutes + ".");
            }
            return sessionMinutes;
        }
        if (given < 1 || given > sessionMinutes) {
            throw InvalidRequestException.forField(FIELD, "Enter the minutes attended as 1 to " + sessionMinutes
                    + " (the session lasts " + sessionMinutes + " minutes), not " + given + ".");
        }
        return given;
    }
}
