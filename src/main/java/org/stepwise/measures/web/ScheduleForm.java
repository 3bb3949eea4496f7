package org.stepwise.measures.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.measures.MeasureSchedule;
import org.stepwise.measures.MeasureScheduleDetails;
import org.stepwise.measures.due.MeasureTiming;
import org.stepwise.shared.ProgramId;
import org.stepwise.shared.TrackId;
import org.stepwise.shared.web.FormErrors;

/**
 * A measure schedule as the director's form posts it. {@code track} blank: every track. The checkbox {@code active}
 * is not sent when not ticked. {@code submission} makes a double click create one schedule; {@code version} guards an
 * edit against someone else's.
 */
record ScheduleForm(@Nullable UUID program, @Nullable UUID track, @Nullable String instrument,
        @Nullable MeasureTiming timing, @Nullable String diagnoses, @Nullable Integer overdueAfterDays,
        @Nullable String active, @Nullable Integer version, @Nullable UUID submission) {

    static ScheduleForm blank() {
        return new ScheduleForm(null, null, null, MeasureTiming.WEEKLY, "", 3, "true", null, UUID.randomUUID());
    }

    static ScheduleForm of(MeasureSchedule s) {
        return new ScheduleForm(s.program().value(), s.track() == null ? null : s.track().value(), s.instrument(),
                s.timing(), s.forWhom().text(), s.overdueAfterDays(), s.active() ? "true" : null, s.version(), null);
    }

    ScheduleForm withVersion(int newVersion) {
        return new ScheduleForm(program, track, instrument, timing, diagnoses, overdueAfterDays, active, newVersion,
                submission);
    }

    MeasureScheduleDetails details() {
        return new MeasureScheduleDetails(program == null ? null : new ProgramId(program),
                track == null ? null : new TrackId(track), instrument, timing, diagnoses, overdueAfterDays,
                FormErrors.checked(active));
    }

    public boolean isActive() {
        return FormErrors.checked(active);
    }
}
