package org.stepwise.clients.internal;

import java.time.Instant;
import java.util.UUID;
import org.stepwise.shared.ClientId;

/** A break-glass access as the director's review list shows it. */
public record BreakGlassEntry(UUID id, String username, String staffName, ClientId clientId, String recordNumber,
        String clientName, String reason, Instant grantedAt, Instant expiresAt) {}
