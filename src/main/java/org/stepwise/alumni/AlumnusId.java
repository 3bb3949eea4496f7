package org.stepwise.alumni;

import java.util.Objects;
import java.util.UUID;

/** A row of the alumni roster: one client in one program. */
public record AlumnusId(UUID value) {

    public AlumnusId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
