package org.stepwise.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a staff across modules; modules refer to other modules' aggregates only by id. */
public record StaffId(UUID value) implements java.io.Serializable {

    public StaffId {
        Objects.requireNonNull(value, "staff id");
    }

    public static StaffId random() {
        return new StaffId(UUID.randomUUID());
    }

    public static StaffId of(String text) {
        return new StaffId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
