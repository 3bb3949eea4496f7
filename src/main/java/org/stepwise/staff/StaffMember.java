package org.stepwise.staff;

import org.jspecify.annotations.Nullable;
import org.stepwise.shared.SiteId;
import org.stepwise.shared.StaffId;

/** A staff member as other modules see one: no password, no MFA secret. */
public record StaffMember(StaffId id, String username, String displayName, Role role, @Nullable SiteId site, boolean active) {}
