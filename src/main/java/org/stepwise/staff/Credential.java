package org.stepwise.staff;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.StaffId;

/**
 * A licence or certification a staff member holds. A credential is valid through its expiry date and expired the day
 * after.
 *
 * @param requiresCosignature notes by this person need a supervisor's co-signature (an associate licence, say)
 */
public record Credential(
        UUID id,
        StaffId staff,
        String licenceType,
        String licenceNumber,
        @Nullable String issuingState,
        @Nullable LocalDate expiresOn,
        boolean requiresCosignature) {

    /** Days from {@code today} to the expiry date: 0 on the last valid day, negative once expired, null if none. */
    public @Nullable Long daysUntilExpiry(LocalDate today) {
        return expiresOn == null ? null : ChronoUnit.DAYS.between(today, expiresOn);
    }

    public boolean expiredOn(LocalDate today) {
        return expiresOn != null && expiresOn.isBefore(today);
    }

    /** Expired already, or expiring within the given number of days: someone should act on it. */
    public boolean needsAttention(LocalDate today, int days) {
        return expiresOn != null && !expiresOn.isAfter(today.plusDays(days));
    }
}
