package org.stepwise.security;

import static org.stepwise.security.Permission.*;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.stepwise.staff.Role;

/**
 * Least privilege, written down once: what each role's work needs and nothing more. Front desk sees the schedule and
 * checks people in but never reads clinical notes; billers see billing data but never notes; administrators run the
 * system and read the audit log but do not open charts.
 */
public final class RolePermissions {

    private static final Map<Role, Set<Permission>> GRANTS = Map.of(
            Role.ADMINISTRATOR, EnumSet.of(AUDIT_READ, STAFF_ADMIN, ORGANISATION_ADMIN, SECURITY_ADMIN),
            Role.PROGRAM_DIRECTOR, EnumSet.of(CLIENT_SEARCH, CLIENT_VIEW, CLIENT_CREATE, CLIENT_EDIT, CLIENT_DELETE,
                    CLINICAL_READ, SCHEDULE_VIEW, SCHEDULE_MANAGE, SCHEDULE_PLAN, PROGRAM_OVERSIGHT, BILLING, INTAKE,
                    CONSENT_MANAGE, NOTE_COSIGN, DISCHARGE, FOLLOW_UP),
            Role.CLINICIAN, EnumSet.of(CLIENT_SEARCH, CLIENT_VIEW, CLIENT_EDIT, CLINICAL_READ, CLINICAL_WRITE,
                    SCHEDULE_VIEW, SCHEDULE_MANAGE, CHECK_IN, INTAKE, CONSENT_MANAGE, NOTE_COSIGN, DISCHARGE, FOLLOW_UP),
            Role.PRESCRIBER, EnumSet.of(CLIENT_SEARCH, CLIENT_VIEW, CLINICAL_READ, CLINICAL_WRITE, SCHEDULE_VIEW,
                    PLAN_PHYSICIAN_SIGN, NOTE_COSIGN),
            Role.NURSE, EnumSet.of(CLIENT_SEARCH, CLIENT_VIEW, CLINICAL_READ, CLINICAL_WRITE, SCHEDULE_VIEW, CHECK_IN),
            Role.CASE_MANAGER, EnumSet.of(CLIENT_SEARCH, CLIENT_VIEW, CLIENT_EDIT, CLINICAL_READ, SCHEDULE_VIEW,
                    SCHEDULE_MANAGE, CONSENT_MANAGE, FOLLOW_UP),
            Role.INTAKE_COORDINATOR, EnumSet.of(CLIENT_SEARCH, CLIENT_VIEW, CLIENT_CREATE, CLIENT_EDIT, INTAKE,
                    CONSENT_MANAGE),
            Role.BILLER, EnumSet.of(CLIENT_SEARCH, CLIENT_VIEW, BILLING),
            Role.FRONT_DESK, EnumSet.of(CLIENT_SEARCH, CLIENT_VIEW, SCHEDULE_VIEW, SCHEDULE_MANAGE, CHECK_IN));

    private RolePermissions() {}

    public static Set<Permission> of(Role role) {
        return EnumSet.copyOf(GRANTS.get(role));
    }

    public static boolean allows(Role role, Permission permission) {
        return GRANTS.get(role).contains(permission);
    }
}
