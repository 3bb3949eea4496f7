package org.stepwise.safety;

import org.jspecify.annotations.Nullable;

/**
 * A signature as submitted: who signs ({@code CLIENT} or {@code CLINICIAN}), the version read and its SHA-256, and for
 * the client the name they signed with and the day (yyyy-mm-dd; today when empty).
 */
public record NewPlanSignature(@Nullable String role, @Nullable Integer versionNumber, @Nullable String contentHash,
        @Nullable String signerName, @Nullable String signedOn) {}
