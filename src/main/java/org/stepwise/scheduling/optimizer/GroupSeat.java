package org.stepwise.scheduling.optimizer;

import java.util.Objects;
import java.util.UUID;

/** A client booked into a group session. */
public record GroupSeat(UUID clientId, UUID sessionId) {

    public GroupSeat {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
