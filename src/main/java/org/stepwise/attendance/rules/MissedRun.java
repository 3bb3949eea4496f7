package org.stepwise.attendance.rules;

import java.util.List;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.stepwise.attendance.AttendanceStatus;

/**
 * Two or more consecutive booked sessions, in time order, each recorded as an absence (excused or not). A session with
 * no record breaks the run: nobody has said the client missed it.
 */
public final class MissedRun {

    /** How many missed sessions in a row make a run worth an alert. */
    public static final int LENGTH = 2;

    private MissedRun() {}

    /**
     * The index of the first session of the run of absences that includes {@code at}, when that run is at least
     * {@value #LENGTH} long; empty otherwise.
     *
     * @param statuses the client's booked sessions in time order (null: not recorded)
     */
    public static OptionalInt including(List<@Nullable AttendanceStatus> statuses, int at) {
        if (at < 0 || at >= statuses.size() || !missed(statuses.get(at))) {
            return OptionalInt.empty();
        }
        int first = at;
        while (first > 0 && missed(statuses.get(first - 1))) {
            first--;
        }
        int last = at;
        while (last < statuses.size() - 1 && missed(statuses.get(last + 1))) {
            last++;
        }
        return last - first + 1 >= LENGTH ? OptionalInt.of(first) : OptionalInt.empty();
    }

    private static boolean missed(@Nullable AttendanceStatus status) {
        return status != null && status.isAbsence();
    }
}
