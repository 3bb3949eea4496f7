package org.stepwise.consents;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.StaffId;

/**
 * The client withdrew a consent: from {@code revokedOn} on it permits nothing.
 *
 * @param revokedOn the day the client revoked it (which may be before the day it was recorded)
 * @param method how the client communicated it
 * @param recordedBy the staff member who recorded it
 */
public record Revocation(LocalDate revokedOn, RevocationMethod method, @Nullable String note, StaffId recordedBy,
        Instant recordedAt) {}
