package org.stepwise.followup;

import org.jspecify.annotations.Nullable;

/**
 * The short outcome check made when the client is reached.
 *
 * @param phq9Total a PHQ-9 total (0 to 27) asked on the call or taken from a full PHQ-9 recorded since discharge; null
 *     when none
 * @param bamUseDays days of alcohol or drug use in the past 30 (the BAM's use question, 0 to 30); null when not asked
 * @param hospitalSinceDischarge readmitted, hospitalised or seen in an emergency room since discharge
 */
public record OutcomeCheck(@Nullable Integer phq9Total, @Nullable Integer bamUseDays, Housing housing,
        WorkOrSchool workOrSchool, boolean hospitalSinceDischarge, AftercareAttendance aftercare) {}
