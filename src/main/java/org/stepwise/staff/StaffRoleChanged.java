package org.stepwise.staff;

import org.stepwise.shared.StaffId;

/** A staff member's role changed; what they may do changes from their next sign-in. */
public record StaffRoleChanged(StaffId staff, String username, Role from, Role to) {}
