package org.stepwise.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a program across modules; modules refer to other modules' aggregates only by id. */
public record ProgramId(UUID value) implements java.io.Serializable {

    public ProgramId {
        Objects.requireNonNull(value, "program id");
    }

    public static ProgramId random() {
        return new ProgramId(UUID.randomUUID());
    }

    public static ProgramId of(String text) {
        return new ProgramId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
