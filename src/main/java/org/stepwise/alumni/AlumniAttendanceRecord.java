package org.stepwise.alumni;

import java.time.Instant;
import org.stepwise.scheduling.SessionId;
import org.stepwise.shared.ClientId;

/** Whether an alumnus came to an alumni session, as last recorded. */
public record AlumniAttendanceRecord(SessionId session, ClientId client, boolean attended, String recordedBy,
        Instant recordedAt, int version) {}
