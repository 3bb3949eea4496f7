package org.stepwise.alumni;

import org.jspecify.annotations.Nullable;
import org.stepwise.shared.ClientId;

/**
 * One line of an alumni session's check-in list: an active alumnus of the program (or someone recorded at this session
 * who has left the roster since).
 *
 * @param record what was recorded for them at this session, or null when nothing yet
 */
public record AlumniCheckIn(ClientId client, String name, String recordNumber, @Nullable AlumniAttendanceRecord record) {

    public boolean came() {
        return record != null && record.attended();
    }
}
