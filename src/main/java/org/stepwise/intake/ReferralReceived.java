package org.stepwise.intake;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.ClientId;

/** A referral was received and entered into the intake pipeline (status NEW). */
public record ReferralReceived(UUID referralId, @Nullable ClientId client, String source, String urgency,
        Instant receivedAt) {}
