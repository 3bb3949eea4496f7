package org.stepwise.followup;

import org.jspecify.annotations.Nullable;

/**
 * One try at reaching the client, as entered: the result and a note, and when the client was reached the outcome check
 * (housing, work or school, hospital since discharge and aftercare are then required; the PHQ-9 total and BAM use are
 * optional).
 *
 * @param version the follow-up's version the person saw; null skips the check (an integration that does not track it)
 */
public record AttemptRequest(@Nullable Integer version, @Nullable AttemptResult result, @Nullable String note,
        @Nullable Integer phq9Total, @Nullable Integer bamUseDays, @Nullable Housing housing,
        @Nullable WorkOrSchool workOrSchool, @Nullable Boolean hospitalSinceDischarge,
        @Nullable AftercareAttendance aftercare) {

    /** The outcome check entered, when the client was reached and every required answer is there. */
    public @Nullable OutcomeCheck check() {
        if (result != AttemptResult.REACHED || housing == null || workOrSchool == null
                || hospitalSinceDischarge == null || aftercare == null) {
            return null;
        }
        return new OutcomeCheck(phq9Total, bamUseDays, housing, workOrSchool, hospitalSinceDischarge, aftercare);
    }

    /** The note without surrounding blanks, or null when empty. */
    public @Nullable String strippedNote() {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
