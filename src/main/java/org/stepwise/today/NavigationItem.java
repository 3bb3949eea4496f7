package org.stepwise.today;

import org.stepwise.security.Permission;

/** An entry of the main navigation, shown to the roles holding its permission. */
public record NavigationItem(String labelKey, String href, Permission permission, int order) {}
