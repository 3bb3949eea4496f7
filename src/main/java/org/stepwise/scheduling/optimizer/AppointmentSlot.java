package org.stepwise.scheduling.optimizer;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A time a clinician or prescriber offers for one client's appointment, of any of the given kinds. One slot holds one
 * appointment; the appointment takes the slot's whole time.
 */
public record AppointmentSlot(UUID staffId, TimeSlot time, Set<AppointmentKind> kinds) {

    public AppointmentSlot {
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(time, "time");
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }

    public boolean offers(AppointmentKind kind) {
        return kinds.contains(kind);
    }
}
