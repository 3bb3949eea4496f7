package org.stepwise.scheduling.optimizer;

import java.util.Objects;
import java.util.UUID;

/** A client's appointment of one kind with one staff member, in a time that staff member offered. */
public record Appointment(UUID clientId, AppointmentKind kind, UUID staffId, TimeSlot time) {

    public Appointment {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(time, "time");
    }

    public Appointment withTime(TimeSlot other) {
        return new Appointment(clientId, kind, staffId, other);
    }

    public Appointment withKind(AppointmentKind other) {
        return new Appointment(clientId, other, staffId, time);
    }
}
