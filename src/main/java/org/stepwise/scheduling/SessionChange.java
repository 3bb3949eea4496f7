package org.stepwise.scheduling;

/** What a one-off change to a session changed. */
public enum SessionChange {
    CANCELLED,
    FACILITATOR,
    ROOM,
    TIME
}
