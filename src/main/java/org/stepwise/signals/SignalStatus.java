package org.stepwise.signals;

/**
 * Where a signal stands. OPEN until someone acts on it (ACTED), dismisses it with a reason (DISMISSED), or its
 * evidence no longer holds (RESOLVED). A closed signal is kept; a new signal of the same kind opens only when its
 * evidence changes.
 */
public enum SignalStatus {
    OPEN, ACTED, DISMISSED, RESOLVED
}
