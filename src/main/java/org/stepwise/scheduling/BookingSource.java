package org.stepwise.scheduling;

/** How a client came to be booked: by an accepted optimizer plan, by a person, or at check-in (a walk-in). */
public enum BookingSource {
    OPTIMIZER,
    MANUAL,
    CHECK_IN
}
