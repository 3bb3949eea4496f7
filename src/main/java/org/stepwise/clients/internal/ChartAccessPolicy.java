package org.stepwise.clients.internal;

import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.stepwise.clients.BreakGlassRequiredException;
import org.stepwise.clients.ChartAccess;
import org.stepwise.clients.ChartDecision;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.NotFoundException;

/** {@link ChartAccess} for the signed-in user: one query gathers the facts, {@link ChartAccessRule} decides. */
@Service
class ChartAccessPolicy implements ChartAccess {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    ChartAccessPolicy(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    private record Facts(boolean onCareTeam, boolean careTeamEmpty, boolean activeBreakGlass) {}

    @Override
    public ChartDecision decide(ClientId client) {
        Optional<StepwiseUser> signedIn = currentUser.get();
        if (signedIn.isEmpty() || !signedIn.get().can(Permission.CLIENT_VIEW)) {
            return ChartDecision.DENIED;
        }
        StepwiseUser user = signedIn.get();
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM care_team_member WHERE client_id = c.id AND staff_id = :staff),
                       NOT EXISTS (SELECT 1 FROM care_team_member WHERE client_id = c.id),
                       EXISTS (SELECT 1 FROM break_glass_access
                               WHERE client_id = c.id AND staff_id = :staff AND expires_at > :now)
                FROM client c WHERE c.id = :client AND c.deleted_at IS NULL""")
                .param("staff", user.staffId().value())
                .param("client", client.value())
                .param("now", Clients.timestamp(clock.instant()))
                .query((rs, row) -> new Facts(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3)))
                .optional()
                .map(facts -> ChartAccessRule.decide(user.role(), true, facts.onCareTeam(), facts.careTeamEmpty(),
                        facts.activeBreakGlass()))
                .orElse(ChartDecision.NOT_FOUND);
    }

    @Override
    public ChartDecision require(ClientId client) {
        ChartDecision decision = decide(client);
        return switch (decision) {
            case NOT_FOUND -> throw new NotFoundException("There is no client with id " + client + ".");
            case DENIED -> throw new AccessDeniedException("Your role may not open client records.");
            case BREAK_GLASS_REQUIRED -> throw new BreakGlassRequiredException(client);
            default -> decision;
        };
    }
}
