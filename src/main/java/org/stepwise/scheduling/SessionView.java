package org.stepwise.scheduling;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.RoomId;
import org.stepwise.shared.SiteId;
import org.stepwise.shared.StaffId;
import org.stepwise.shared.TrackId;

/**
 * A dated session as pages, the API and other modules see it.
 *
 * @param localStart the start in the site's time zone, for display and for matching a client's availability
 * @param countedHours what attending it in full counts toward the IOP weekly hours (0 when it does not count)
 * @param booked clients with a live booking
 */
public record SessionView(
        SessionId id,
        String typeCode,
        String typeName,
        SessionCategory category,
        @Nullable TrackId track,
        @Nullable String trackName,
        java.util.@Nullable UUID block,
        SiteId site,
        String siteName,
        String siteTimezone,
        @Nullable RoomId room,
        @Nullable String roomName,
        StaffId facilitator,
        String facilitatorName,
        String title,
        IsoWeek week,
        Instant startsAt,
        Instant endsAt,
        LocalDateTime localStart,
        int minutes,
        int cap,
        Modality modality,
        SessionStatus status,
        @Nullable String cancelReason,
        BigDecimal countedHours,
        int booked,
        int version) {

    public LocalDate day() {
        return localStart.toLocalDate();
    }

    public LocalTime startTime() {
        return localStart.toLocalTime();
    }

    public LocalTime endTime() {
        return localStart.toLocalTime().plusMinutes(minutes);
    }

    public boolean cancelled() {
        return status == SessionStatus.CANCELLED;
    }

    public boolean full() {
        return booked >= cap;
    }

    public int seatsLeft() {
        return Math.max(0, cap - booked);
    }
}
