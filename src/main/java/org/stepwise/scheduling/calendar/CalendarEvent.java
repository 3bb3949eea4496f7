package org.stepwise.scheduling.calendar;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One VEVENT as a feed shows it, already reduced to what its reader may see.
 *
 * @param uid stable across fetches, so that a calendar app updates the event instead of adding a second one
 * @param sequence rises with every change to the session, so that calendar apps take a moved session's new time
 * @param cancelled still listed, with STATUS:CANCELLED, so that calendar apps remove it
 */
record CalendarEvent(String uid, Instant start, Instant end, String summary, String location,
        @Nullable String description, int sequence, boolean cancelled) {

    public CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(location, "location");
        if (sequence < 0) {
            throw new IllegalArgumentException("SEQUENCE is never negative");
        }
    }
}
