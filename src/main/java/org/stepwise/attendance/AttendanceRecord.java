package org.stepwise.attendance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.scheduling.SessionId;
import org.stepwise.shared.ClientId;

/**
 * How one client attended one session: at most one record per session and client.
 *
 * @param attendedHours what it counts toward the weekly target ({@link org.stepwise.attendance.rules.AttendedHours})
 * @param recordedBy username of whoever recorded or last corrected it
 * @param version incremented by each correction (optimistic locking)
 */
public record AttendanceRecord(UUID id, SessionId session, ClientId client, EpisodeId episode, AttendanceStatus status,
        int minutesAttended, BigDecimal attendedHours, String recordedBy, Instant recordedAt, int version) {

    /** "Late, 30 min". */
    public String describe() {
        return status.label() + ", " + minutesAttended + " min";
    }

    public boolean sameAs(AttendanceStatus otherStatus, int otherMinutes) {
        return status == otherStatus && minutesAttended == otherMinutes;
    }
}
