package org.stepwise.intake.referral;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One move of a referral: from where to where, why, by whom (a username, or "system: …") and when. */
public record StatusChange(ReferralStatus from, ReferralStatus to, @Nullable String reason, String by, Instant at) {}
