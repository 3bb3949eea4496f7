package org.stepwise.intake;

import java.util.Objects;
import java.util.UUID;

/** Identifies a placement record. */
public record PlacementId(UUID value) implements java.io.Serializable {

    public PlacementId {
        Objects.requireNonNull(value, "placement id");
    }

    public static PlacementId random() {
        return new PlacementId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
