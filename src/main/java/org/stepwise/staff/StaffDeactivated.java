package org.stepwise.staff;

import org.stepwise.shared.StaffId;

/** A staff account was deactivated: its holder may no longer sign in, and what they hold (tokens, sessions) must end. */
public record StaffDeactivated(StaffId staff, String username) {}
