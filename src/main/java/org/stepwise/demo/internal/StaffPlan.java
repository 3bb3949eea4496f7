package org.stepwise.demo.internal;

import org.stepwise.staff.Role;

/** How many staff of each role a clinic of a given size has: about one clinician for every 12 clients. */
final class StaffPlan {

    private StaffPlan() {}

    /** Active staff of the role for {@code clients} clients at {@code sites} sites. */
    static int count(Role role, int clients, int sites) {
        return switch (role) {
            case ADMINISTRATOR -> 1;
            case PROGRAM_DIRECTOR -> sites;
            case CLINICIAN -> Math.max(sites, ceil(clients, 12));
            case PRESCRIBER -> Math.max(sites, ceil(clients, 75));
            case NURSE -> Math.max(sites, ceil(clients, 50));
            case CASE_MANAGER -> Math.max(sites, ceil(clients, 30));
            case INTAKE_COORDINATOR -> Math.max(sites, ceil(clients, 100));
            case BILLER -> Math.max(1, ceil(clients, 200));
            case FRONT_DESK -> Math.max(sites, ceil(clients, 150));
        };
    }

    /** Former clinicians whose accounts are deactivated: one for every 250 clients. */
    static int formerClinicians(int clients) {
        return clients / 250;
    }

    private static int ceil(int clients, int perStaff) {
        return (clients + perStaff - 1) / perStaff;
    }
}
