package org.stepwise.clients.internal;

import org.stepwise.clients.ChartDecision;
import org.stepwise.staff.Role;

/**
 * Who may open a client's chart, as plain Java. Care-team bound roles (clinician, prescriber, nurse, case manager) open
 * the clients whose care team includes them; a client with no care team yet (a new referral, before anyone is
 * assigned) is open to them too, so that the first contacts can happen without an emergency override. Otherwise they
 * need break-glass. Other roles that may view clients open records by role.
 */
public final class ChartAccessRule {

    private ChartAccessRule() {}

    public static ChartDecision decide(Role role, boolean mayViewClients, boolean onCareTeam, boolean careTeamEmpty,
            boolean activeBreakGlass) {
        if (!mayViewClients) {
            return ChartDecision.DENIED;
        }
        if (!role.isCareTeamBound()) {
            return ChartDecision.BY_ROLE;
        }
        if (onCareTeam) {
            return ChartDecision.CARE_TEAM;
        }
        if (careTeamEmpty) {
            return ChartDecision.NO_CARE_TEAM_YET;
        }
        return activeBreakGlass ? ChartDecision.BREAK_GLASS : ChartDecision.BREAK_GLASS_REQUIRED;
    }
}
