package org.stepwise.clients.internal;

import java.time.Instant;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Role;

/** A staff member on a client's care team, and their part in it ("Primary clinician"). */
public record CareTeamMember(StaffId staffId, String username, String displayName, Role role, String roleOnTeam,
        Instant addedAt) {}
