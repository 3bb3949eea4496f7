package org.stepwise.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may call a route, as the route-walking test expects it: anyone, anyone signed in, only a session still owing its
 * second factor, or the roles holding any one of some permissions.
 */
record RouteAccess(Kind kind, Set<Permission> anyOf) {

    enum Kind { PUBLIC, SIGNED_IN, MFA_PENDING, PERMISSION }

    static RouteAccess open() {
        return new RouteAccess(Kind.PUBLIC, Set.of());
    }

    static RouteAccess signedIn() {
        return new RouteAccess(Kind.SIGNED_IN, Set.of());
    }

    static RouteAccess mfaPending() {
        return new RouteAccess(Kind.MFA_PENDING, Set.of());
    }

    static RouteAccess needs(Permission permission, Permission... orAnyOf) {
        return new RouteAccess(Kind.PERMISSION, EnumSet.of(permission, orAnyOf));
    }

    boolean admits(org.stepwise.staff.Role role) {
        return switch (kind) {
            case PUBLIC, SIGNED_IN -> true;
            case MFA_PENDING -> false;
            case PERMISSION -> anyOf.stream().anyMatch(p -> RolePermissions.allows(role, p));
        };
    }
}
