package org.stepwise.attendance;

import org.jspecify.annotations.Nullable;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.scheduling.BookingSource;
import org.stepwise.shared.ClientId;

/**
 * One client on a session's attendance roster.
 *
 * @param source how they were booked; empty when attendance was recorded but the booking has since been cancelled
 * @param record empty until attendance is taken
 */
public record RosterLine(ClientId client, EpisodeId episode, String displayName, String recordNumber,
        @Nullable BookingSource source, @Nullable AttendanceRecord record) {}
