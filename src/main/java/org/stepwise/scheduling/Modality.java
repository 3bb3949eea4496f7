package org.stepwise.scheduling;

/** Where a session happens. A session type may allow EITHER; a dated session is one or the other. */
public enum Modality {
    IN_PERSON,
    TELEHEALTH,
    EITHER
}
