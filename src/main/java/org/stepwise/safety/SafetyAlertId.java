package org.stepwise.safety;

import java.util.Objects;
import java.util.UUID;

/** Identifies one safety alert. */
public record SafetyAlertId(UUID value) implements java.io.Serializable {

    public SafetyAlertId {
        Objects.requireNonNull(value, "safety alert id");
    }

    public static SafetyAlertId random() {
        return new SafetyAlertId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
