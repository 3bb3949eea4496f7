package org.stepwise.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a client across modules; modules refer to other modules' aggregates only by id. */
public record ClientId(UUID value) implements java.io.Serializable {

    public ClientId {
        Objects.requireNonNull(value, "client id");
    }

    public static ClientId random() {
        return new ClientId(UUID.randomUUID());
    }

    public static ClientId of(String text) {
        return new ClientId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
