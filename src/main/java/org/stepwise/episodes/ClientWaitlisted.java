package org.stepwise.episodes;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A client asked for a place on a full track and was put on its waitlist. */
public record ClientWaitlisted(UUID waitlistEntryId, UUID clientId, @Nullable UUID referralId, UUID trackId) {}
