package org.stepwise.scheduling.optimizer;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * One group session of the week. {@code seriesId} is the recurring template block it was generated from ("the same
 * group" from week to week, for continuity); {@code seats} is what may be booked (the smaller of the session's cap and
 * its room's capacity); {@code countedHours} is what it counts toward IOP hours (0 for a session that does not count).
 */
public record GroupSession(UUID id, UUID seriesId, TimeSlot time, UUID siteId, UUID trackId, UUID roomId, int seats,
        UUID facilitatorId, String title, BigDecimal countedHours) {

    public GroupSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        if (seats < 0) {
            throw new IllegalArgumentException("seats cannot be negative: " + seats);
        }
        if (countedHours.signum() < 0) {
            throw new IllegalArgumentException("counted hours cannot be negative: " + countedHours);
        }
    }

    /** "Tue 10:00 Relapse prevention". */
    public String label() {
        return time.label() + " " + title;
    }
}
