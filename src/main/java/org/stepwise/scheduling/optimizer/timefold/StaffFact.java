package org.stepwise.scheduling.optimizer.timefold;

import java.util.UUID;
import org.stepwise.scheduling.optimizer.StaffWeek;

/**
 * A staff member's limits, with the minutes they already facilitate groups (fixed by the timetable) so that only
 * appointment minutes are left to plan.
 */
public final class StaffFact {

    private final StaffWeek staff;
    private final int facilitationMinutes;

    public StaffFact(StaffWeek staff, int facilitationMinutes) {
        this.staff = staff;
        this.facilitationMinutes = facilitationMinutes;
    }

    public UUID id() {
        return staff.staffId();
    }

    /** Minutes left for appointments after facilitation; negative when facilitation alone is over the limit. */
    public int appointmentMinutesAvailable() {
        return staff.maxMinutes() - facilitationMinutes;
    }

    public int maxClients() {
        return staff.maxAppointmentClients();
    }

    @Override
    public String toString() {
        return "staff " + staff.staffId();
    }
}
