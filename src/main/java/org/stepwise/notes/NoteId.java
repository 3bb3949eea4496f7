package org.stepwise.notes;

import java.util.Objects;
import java.util.UUID;

/** Identifies one clinical note (a row of {@code clinical_note}), whatever its kind. */
public record NoteId(UUID value) implements java.io.Serializable {

    public NoteId {
        Objects.requireNonNull(value, "note id");
    }

    public static NoteId random() {
        return new NoteId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
