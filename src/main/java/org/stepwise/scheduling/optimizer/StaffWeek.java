package org.stepwise.scheduling.optimizer;

import java.util.Objects;
import java.util.UUID;

/**
 * A staff member's limits for the week: the minutes they may work on the schedule (groups they facilitate plus
 * appointments) and how many distinct clients they may see in appointments (their caseload).
 */
public record StaffWeek(UUID staffId, int maxMinutes, int maxAppointmentClients) {

    public StaffWeek {
        Objects.requireNonNull(staffId, "staffId");
        if (maxMinutes < 0 || maxAppointmentClients < 0) {
            throw new IllegalArgumentException("staff limits cannot be negative");
        }
    }
}
