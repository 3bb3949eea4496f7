package org.stepwise.alumni;

/** What recording alumni attendance did. */
public record AlumniAttendanceOutcome(AlumniAttendanceRecord record, Change change) {

    public enum Change {
        /** The first record for this client at this session. */
        RECORDED,
        /** A record changed (came → did not come, or back). */
        CORRECTED,
        /** The same answer again: nothing changed. */
        UNCHANGED
    }
}
