package org.stepwise.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a room across modules; modules refer to other modules' aggregates only by id. */
public record RoomId(UUID value) implements java.io.Serializable {

    public RoomId {
        Objects.requireNonNull(value, "room id");
    }

    public static RoomId random() {
        return new RoomId(UUID.randomUUID());
    }

    public static RoomId of(String text) {
        return new RoomId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
