package org.stepwise.notes.rules;

import java.time.Duration;
import java.time.Instant;

/**
 * A note signed more than the program's deadline after the service ended is a late entry, marked as such wherever it
 * is shown. Exactly at the deadline is still on time.
 */
public final class LateEntry {

    private LateEntry() {}

    public static boolean isLate(Instant serviceEndedAt, Instant signedAt, Duration deadline) {
        return Duration.between(serviceEndedAt, signedAt).compareTo(deadline) > 0;
    }
}
