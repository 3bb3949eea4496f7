package org.stepwise.consents;

import org.jspecify.annotations.Nullable;

/**
 * A revocation as submitted: the day the client revoked (yyyy-mm-dd; today when empty), how they communicated it
 * ({@code IN_WRITING}, {@code VERBALLY}, {@code ELECTRONICALLY}) and an optional note.
 */
public record NewRevocation(@Nullable String revokedOn, @Nullable String method, @Nullable String note) {}
