package org.stepwise.scheduling;

import java.time.LocalTime;

/**
 * When in the day a client can come: the day (sessions starting before 17:00), the evening (starting at or after
 * 17:00), or either. The same 17:00 line divides a DAY track's blocks from an EVENING track's.
 */
public enum DayPart {
    DAY,
    EVENING,
    ANY;

    /** Sessions starting at or after this time are evening sessions. */
    public static final LocalTime EVENING_STARTS = LocalTime.of(17, 0);

    /** The part of the day a session starting at {@code start} belongs to (DAY or EVENING). */
    public static DayPart of(LocalTime start) {
        return start.isBefore(EVENING_STARTS) ? DAY : EVENING;
    }

    /** Whether a client available in this part of the day can come to a session starting at {@code start}. */
    public boolean admits(LocalTime start) {
        return this == ANY || this == of(start);
    }
}
