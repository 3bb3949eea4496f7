package org.stepwise.consents;

import java.util.Objects;
import java.util.UUID;

/** Identifies a signed consent. */
public record ConsentId(UUID value) implements java.io.Serializable {

    public ConsentId {
        Objects.requireNonNull(value, "consent id");
    }

    public static ConsentId random() {
        return new ConsentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
