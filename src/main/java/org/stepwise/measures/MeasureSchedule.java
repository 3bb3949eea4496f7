package org.stepwise.measures;

import java.util.Collection;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.measures.due.DiagnosisFilter;
import org.stepwise.measures.due.MeasureTiming;
import org.stepwise.shared.ProgramId;
import org.stepwise.shared.TrackId;

/**
 * Which instrument a program gives, when and to whom.
 *
 * @param track null for every track of the program
 * @param overdueAfterDays overdue once it has been due for more than this many days
 * @param active false for a schedule no longer followed (kept, so its history reads)
 */
public record MeasureSchedule(UUID id, ProgramId program, @Nullable TrackId track, String instrument,
        MeasureTiming timing, DiagnosisFilter forWhom, int overdueAfterDays, boolean active, int version) {

    /** Whether a client in this program and track, with these diagnoses, is one the schedule is for. */
    public boolean appliesTo(ProgramId program, TrackId track, Collection<String> diagnoses) {
        return active && this.program.equals(program) && (this.track == null || this.track.equals(track))
                && forWhom.matches(diagnoses);
    }
}
