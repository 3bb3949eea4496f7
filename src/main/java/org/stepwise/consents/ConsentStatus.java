package org.stepwise.consents;

/** Where a consent stands on a given day; always computed from its dates and revocation, never stored. */
public enum ConsentStatus {
    ACTIVE,
    EXPIRED,
    REVOKED
}
