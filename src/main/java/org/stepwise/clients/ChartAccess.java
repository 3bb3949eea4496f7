package org.stepwise.clients;

import org.stepwise.shared.ClientId;

/**
 * The care-team rule, for every module that shows a client's data. Roles that are care-team bound (clinician,
 * prescriber, nurse, case manager) open a client whose care team includes them, or one with no care team yet (a new
 * referral); anyone else of those roles needs break-glass access. Other roles with CLIENT_VIEW open records by role.
 */
public interface ChartAccess {

    /** What the signed-in user may do with this client's chart. */
    ChartDecision decide(ClientId client);

    /**
     * Returns quietly when the signed-in user may open the chart; otherwise throws
     * {@link org.stepwise.shared.NotFoundException} (no such client, or deleted), {@link BreakGlassRequiredException}
     * (a 403 that names the break-glass page), or {@link org.springframework.security.access.AccessDeniedException}.
     */
    ChartDecision require(ClientId client);
}
