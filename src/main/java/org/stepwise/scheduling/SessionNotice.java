package org.stepwise.scheduling;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** "Tuesday 24 Nov 10:00 Group therapy moved to Room 3": what one person was told of a change to a session. */
public record SessionNotice(UUID id, SessionId session, String message, Instant createdAt, @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
