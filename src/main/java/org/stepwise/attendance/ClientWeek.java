package org.stepwise.attendance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.scheduling.SessionId;
import org.stepwise.shared.ClientId;

/**
 * A client's ISO week against the weekly target of their episode: each booked session with its attendance, and the
 * totals ({@link org.stepwise.attendance.rules.WeekTally} says how each is counted).
 *
 * @param remainingHours what is still to attend to meet the target, never below 0
 * @param reachableHours attended plus everything still to come: below the target means it can no longer be met
 */
public record ClientWeek(EpisodeId episode, ClientId client, IsoWeek week, BigDecimal targetHours,
        BigDecimal scheduledHours, BigDecimal attendedHours, BigDecimal remainingHours, BigDecimal reachableHours,
        List<Session> sessions) {

    public ClientWeek {
        sessions = List.copyOf(sessions);
    }

    public boolean targetReachable() {
        return reachableHours.compareTo(targetHours) >= 0;
    }

    public boolean targetMet() {
        return attendedHours.compareTo(targetHours) >= 0;
    }

    /**
     * A session of the week the client is booked into (or has attendance for).
     *
     * @param cancelled the session was cancelled: it counts nothing
     * @param attendance empty until attendance is taken
     */
    public record Session(SessionId id, String title, String typeName, Instant start, Instant end,
            LocalDateTime localStart, int minutes, String facilitatorName, @Nullable String roomName,
            BigDecimal countedHours, boolean cancelled, @Nullable AttendanceRecord attendance) {

        /** The attendance status, or {@code CANCELLED}, or {@code BOOKED} while not yet taken. */
        public String status() {
            if (attendance != null) {
                return attendance.status().name();
            }
            return cancelled ? "CANCELLED" : "BOOKED";
        }

        public int minutesAttended() {
            return attendance == null ? 0 : attendance.minutesAttended();
        }

        public BigDecimal attendedHours() {
            return attendance == null ? BigDecimal.ZERO.setScale(2) : attendance.attendedHours();
        }
    }
}
