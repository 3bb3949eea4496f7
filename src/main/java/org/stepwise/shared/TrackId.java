package org.stepwise.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a track across modules; modules refer to other modules' aggregates only by id. */
public record TrackId(UUID value) implements java.io.Serializable {

    public TrackId {
        Objects.requireNonNull(value, "track id");
    }

    public static TrackId random() {
        return new TrackId(UUID.randomUUID());
    }

    public static TrackId of(String text) {
        return new TrackId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
