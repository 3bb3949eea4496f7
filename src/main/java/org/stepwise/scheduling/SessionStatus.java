package org.stepwise.scheduling;

/** A cancelled session (a holiday, an illness) stays on record with its reason; its bookings are told. */
public enum SessionStatus {
    SCHEDULED,
    CANCELLED
}
