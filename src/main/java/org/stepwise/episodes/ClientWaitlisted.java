package org.stepwise.episodes;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A client was put on a full track's waitlist; {@code referralId} names the referral it came from, if any. */
public record ClientWaitlisted(UUID waitlistEntryId, UUID clientId, @Nullable UUID referralId, UUID trackId) {}
