package org.stepwise.scheduling;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.RoomId;
import org.stepwise.shared.StaffId;
import org.stepwise.shared.TrackId;

/**
 * One recurring block of a track's week: "Monday 10:00, Group therapy, Room 1, J. Rivera".
 *
 * @param cap the block's own cap; null: the session type's, never more than the room seats
 * @param rotatesTopic whether its sessions take the next topic of the track's curriculum
 */
public record TemplateBlock(
        UUID id,
        TrackId track,
        DayOfWeek weekday,
        LocalTime startsAt,
        UUID typeId,
        String typeCode,
        String typeName,
        SessionCategory category,
        int minutes,
        int typeCap,
        @Nullable RoomId room,
        @Nullable String roomName,
        @Nullable Integer roomCapacity,
        StaffId facilitator,
        String facilitatorName,
        @Nullable Integer cap,
        boolean rotatesTopic,
        boolean active,
        int version) {

    public LocalTime endsAt() {
        return startsAt.plusMinutes(minutes);
    }

    /** The cap its sessions get: the block's or the type's, and never more than the room seats. */
    public int effectiveCap() {
        int wanted = cap != null ? cap : typeCap;
        return roomCapacity == null ? wanted : Math.min(wanted, roomCapacity);
    }
}
