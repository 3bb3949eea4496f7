package org.stepwise.scheduling;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/**
 * When a client can come during their current episode, and what their week must hold besides groups. Read by the
 * booking checks, the optimizer and the attendance pages.
 *
 * @param weekdays the days they can come
 * @param blocked hours blocked by work, school or care of others, on any day
 * @param individualEveryWeeks one individual session every N weeks; null when not needed (likewise family, medication)
 * @param preferredStaff facilitators to keep them with, for continuity
 */
public record Availability(
        EpisodeId episode,
        ClientId client,
        Set<DayOfWeek> weekdays,
        DayPart dayPart,
        List<BlockedTime> blocked,
        @Nullable Integer individualEveryWeeks,
        @Nullable Integer familyEveryWeeks,
        @Nullable Integer medicationEveryWeeks,
        List<StaffId> preferredStaff,
        Instant updatedAt,
        String updatedBy,
        int version) {

    public Availability {
        weekdays = Set.copyOf(weekdays);
        blocked = List.copyOf(blocked);
        preferredStaff = List.copyOf(preferredStaff);
    }

    /** "Tuesday 09:00 to 17:00 (works)": hours on one weekday the client cannot come. */
    public record BlockedTime(DayOfWeek weekday, LocalTime from, LocalTime to, String reason) {

        public BlockedTime {
            Objects.requireNonNull(weekday, "weekday");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(reason, "reason");
        }

        /** Whether {@code [start, end)} on this weekday overlaps the blocked hours. */
        public boolean overlaps(LocalTime start, LocalTime end) {
            return start.isBefore(to) && end.isAfter(from);
        }
    }
}
