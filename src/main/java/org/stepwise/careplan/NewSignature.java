package org.stepwise.careplan;

import org.jspecify.annotations.Nullable;

/**
 * A signature as submitted: the role, the version the signer read (and optionally the hash they were shown), and for
 * the client's signature the name they wrote and the day they signed (today when absent).
 */
public record NewSignature(@Nullable String role, @Nullable Integer versionNumber, @Nullable String contentHash,
        @Nullable String signerName, @Nullable String signedOn) {}
