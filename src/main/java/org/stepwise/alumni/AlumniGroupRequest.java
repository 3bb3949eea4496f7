package org.stepwise.alumni;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.ProgramId;
import org.stepwise.shared.RoomId;
import org.stepwise.shared.StaffId;

/**
 * A weekly alumni group to put on the schedule for the coming weeks. Every field may be missing (a form sent half
 * filled); {@link AlumniGroups#schedule} names each one to fix.
 *
 * @param weekday ISO day of the week, 1 = Monday
 * @param room empty: no room (an online group, or a room found later)
 * @param weeks how many weeks, 1 to {@link AlumniGroups#MAX_WEEKS}
 * @param firstDay the first day it may fall on; empty: today
 */
public record AlumniGroupRequest(@Nullable ProgramId program, @Nullable Integer weekday, @Nullable LocalTime startsAt,
        @Nullable RoomId room, @Nullable StaffId facilitator, @Nullable Integer weeks, @Nullable LocalDate firstDay) {}
