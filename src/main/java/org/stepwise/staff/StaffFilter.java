package org.stepwise.staff;

import org.jspecify.annotations.Nullable;

/**
 * Which staff to list; an absent criterion matches everyone.
 *
 * @param credentialsNeedingAttention only staff with a credential expired or expiring within
 *     {@link StaffCredentials#ATTENTION_DAYS} days
 */
public record StaffFilter(@Nullable Role role, @Nullable Boolean active, boolean credentialsNeedingAttention) {

    public static StaffFilter everyone() {
        return new StaffFilter(null, null, false);
    }
}
