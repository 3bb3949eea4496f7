package org.stepwise.scheduling.planning;

/** A run is RUNNING, then FINISHED (or FAILED); a person then ACCEPTS (publishes) or DISCARDS a finished plan. */
public enum RunStatus {
    RUNNING,
    FINISHED,
    ACCEPTED,
    DISCARDED,
    FAILED
}
