package org.stepwise.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.SiteId;
import org.stepwise.shared.StaffId;

/**
 * A staff member's record as administrators see and edit it; no login secrets.
 *
 * @param nextCredentialExpiry the earliest expiry among the member's credentials, if any expire
 * @param version incremented by every change; an edit names the version it started from
 */
public record StaffRecord(
        StaffId id,
        String username,
        String displayName,
        Role role,
        @Nullable SiteId site,
        @Nullable String siteName,
        @Nullable String email,
        boolean active,
        Instant createdAt,
        @Nullable LocalDate nextCredentialExpiry,
        int version) {

    /** Days until the earliest credential expiry: 0 on its last valid day, negative once expired, null if none. */
    public @Nullable Long daysUntilNextExpiry(LocalDate today) {
        return nextCredentialExpiry == null ? null : ChronoUnit.DAYS.between(today, nextCredentialExpiry);
    }
}
