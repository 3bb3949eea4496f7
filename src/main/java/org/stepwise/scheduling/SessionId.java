package org.stepwise.scheduling;

import java.util.Objects;
import java.util.UUID;

/** Identifies a dated session (a group meeting, an individual appointment); other modules refer to it by this id. */
public record SessionId(UUID value) implements java.io.Serializable {

    public SessionId {
        Objects.requireNonNull(value, "session id");
    }

    public static SessionId random() {
        return new SessionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
