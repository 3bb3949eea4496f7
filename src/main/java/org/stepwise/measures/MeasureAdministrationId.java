package org.stepwise.measures;

import java.util.Objects;
import java.util.UUID;

/** Identifies one administration of an instrument to a client. */
public record MeasureAdministrationId(UUID value) implements java.io.Serializable {

    public MeasureAdministrationId {
        Objects.requireNonNull(value, "measure administration id");
    }

    public static MeasureAdministrationId random() {
        return new MeasureAdministrationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
