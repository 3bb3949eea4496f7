package org.stepwise.intake;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.ClientId;

/**
 * A referral moved along the intake pipeline, e.g. from {@code SCREENING} to {@code ASSESSMENT} or to an outcome
 * ({@code ADMITTED}, {@code WAITLISTED}, {@code REFERRED_ELSEWHERE}, {@code DECLINED}, with the reason).
 */
public record ReferralMoved(UUID referralId, @Nullable ClientId client, String from, String to, @Nullable String reason,
        Instant at) {}
