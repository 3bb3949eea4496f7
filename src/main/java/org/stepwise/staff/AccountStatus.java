package org.stepwise.staff;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The sign-in state of a staff account, for administrators' pages: locked, second factor enrolled or required, when
 * last used. Never a secret.
 */
public record AccountStatus(boolean canSignIn, boolean locked, boolean mfaEnabled, boolean mfaRequired,
        @Nullable Instant lastSignInAt) {

    /** The role requires a second factor and the person has not enrolled one yet. */
    public boolean mfaMissing() {
        return mfaRequired && !mfaEnabled;
    }
}
