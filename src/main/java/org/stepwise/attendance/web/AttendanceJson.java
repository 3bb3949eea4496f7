package org.stepwise.attendance.web;

import java.math.BigDecimal;
import java.time.Instant;
import org.stepwise.attendance.AttendanceRecord;

/** An attendance record in JSON. */
record AttendanceJson(String id, String sessionId, String clientId, String episodeId, String status,
        int minutesAttended, BigDecimal attendedHours, String recordedBy, Instant recordedAt, int version) {

    static AttendanceJson of(AttendanceRecord r) {
        return new AttendanceJson(r.id().toString(), r.session().toString(), r.client().toString(),
                r.episode().toString(), r.status().name(), r.minutesAttended(), r.attendedHours(), r.recordedBy(),
                r.recordedAt(), r.version());
    }
}
