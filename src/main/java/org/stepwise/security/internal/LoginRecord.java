package org.stepwise.security.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.stepwise.security.StepwiseUser;

/** A staff member's login state: the secrets and counters only the security module reads. */
public record LoginRecord(
        StepwiseUser user,
        boolean active,
        String passwordHash,
        @Nullable String mfaSecret,
        boolean mfaEnabled,
        int failedLogins,
        @Nullable Instant lockedUntil) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
