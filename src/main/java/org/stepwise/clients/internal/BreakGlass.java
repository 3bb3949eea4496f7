package org.stepwise.clients.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ChartAccess;
import org.stepwise.clients.ChartDecision;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.NotFoundException;

/**
 * Emergency access to a chart outside one's care team: a reason of 10 to 500 characters, four hours of access, a
 * BREAK_GLASS audit row, and a place on the program director's review list until they mark it reviewed.
 */
@Service
@Transactional
public class BreakGlass {

    public static final Duration LIFETIME = Duration.ofHours(4);

    private final BreakGlassAccesses accesses;
    private final Clients clients;
    private final ChartAccess chartAccess;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    BreakGlass(BreakGlassAccesses accesses, Clients clients, ChartAccess chartAccess, AuditLog audit,
            CurrentUser currentUser, Clock clock) {
        this.accesses = accesses;
        this.clients = clients;
        this.chartAccess = chartAccess;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The outcome of asking for break-glass access.
     *
     * @param expiresAt when the access ends, or null when none was needed (the user may already open the chart)
     */
    public record Grant(ChartDecision before, @Nullable Instant expiresAt) {

        public boolean granted() {
            return expiresAt != null;
        }
    }

    /** Grants access to the signed-in user, unless they already have it. */
    public Grant grant(ClientId clientId, @Nullable String reason) {
        ChartDecision decision = chartAccess.decide(clientId);
        switch (decision) {
            case NOT_FOUND -> throw new NotFoundException("There is no client with id " + clientId + ".");
            case DENIED -> throw new AccessDeniedException("Your role may not open client records.");
            default -> {
                if (decision.allowed()) {
                    return new Grant(decision, null);
                }
            }
        }
        Checks checks = new Checks();
        String why = checks.requiredText("reason", reason, 10, 500,
                "Say why you need this chart now (for example: covering the crisis line, client in the building).");
        checks.throwIfAny();
        StepwiseUser user = currentUser.require();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(LIFETIME);
        Client client = clients.find(clientId).orElseThrow();
        accesses.insert(UUID.randomUUID(), user.staffId(), user.username(), clientId, why, now, expiresAt);
        audit.record(AuditAction.BREAK_GLASS, clientId, client.auditSubject(), why);
        return new Grant(decision, expiresAt);
    }

    @Transactional(readOnly = true)
    public List<BreakGlassEntry> toReview() {
        return accesses.unreviewed();
    }

    /** A director marks an access reviewed; recorded in the audit log against the client. */
    public void markReviewed(UUID accessId) {
        ClientId clientId = accesses.unreviewedClient(accessId)
                .orElseThrow(() -> new NotFoundException("There is no unreviewed break-glass access with id "
                        + accessId + "."));
        accesses.markReviewed(accessId, currentUser.require().username(), clock.instant());
        String subject = clients.find(clientId).map(Client::auditSubject).orElse("client " + clientId);
        audit.record(AuditAction.UPDATE, clientId, subject, "break-glass access " + accessId + " reviewed");
    }
}
