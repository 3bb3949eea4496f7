package org.stepwise.scheduling.planning;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How weeks are planned ({@code stepwise.schedule.*}). There is no staff rota table yet, so each clinician's week and
 * caseload for appointments are clinic-wide limits here.
 *
 * @param timeLimit how long the optimizer may run (it stops earlier once every client is within target and settled)
 * @param hoursAboveTarget how far above a client's weekly target a plan may go (never above the IOP ceiling of 19)
 * @param staffMaxHours hours a staff member may spend on the schedule in a week (groups and appointments)
 * @param staffMaxAppointmentClients distinct clients a staff member may see in appointments in a week
 */
@ConfigurationProperties("stepwise.schedule")
public record PlanningSettings(Duration timeLimit, double hoursAboveTarget, int staffMaxHours,
        int staffMaxAppointmentClients) {

    public PlanningSettings {
        if (timeLimit == null || timeLimit.isZero() || timeLimit.isNegative()) {
            timeLimit = Duration.ofSeconds(30);
        }
        if (hoursAboveTarget <= 0) {
            hoursAboveTarget = 2;
        }
        if (staffMaxHours <= 0) {
            staffMaxHours = 40;
        }
        if (staffMaxAppointmentClients <= 0) {
            staffMaxAppointmentClients = 30;
        }
    }
}
