package org.stepwise.measures;

import org.jspecify.annotations.Nullable;
import org.stepwise.measures.due.MeasureTiming;
import org.stepwise.shared.ProgramId;
import org.stepwise.shared.TrackId;

/**
 * A schedule as a director writes it; {@link MeasureSchedules} checks every field and names each one that is wrong.
 *
 * @param diagnoses comma-separated code prefixes or ranges ({@code F43.1, F10-F19}); blank for every client
 */
public record MeasureScheduleDetails(@Nullable ProgramId program, @Nullable TrackId track, @Nullable String instrument,
        @Nullable MeasureTiming timing, @Nullable String diagnoses, @Nullable Integer overdueAfterDays,
        boolean active) {}
