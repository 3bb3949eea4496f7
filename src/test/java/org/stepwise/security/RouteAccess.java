package org.stepwise.security;

import org.jspecify.annotations.Nullable;

/**
 * Who may call a route, as the route-walking test expects it: anyone, anyone signed in, only a session still owing its
 * second factor, or the roles holding a permission.
 */
record RouteAccess(Kind kind, @Nullable Permission permission) {

    enum Kind { PUBLIC, SIGNED_IN, MFA_PENDING, PERMISSION }

    static RouteAccess open() {
        return new RouteAccess(Kind.PUBLIC, null);
    }

    static RouteAccess signedIn() {
        return new RouteAccess(Kind.SIGNED_IN, null);
    }

    static RouteAccess mfaPending() {
        return new RouteAccess(Kind.MFA_PENDING, null);
    }

    static RouteAccess needs(Permission permission) {
        return new RouteAccess(Kind.PERMISSION, permission);
    }
}
