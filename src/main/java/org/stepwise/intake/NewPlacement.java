package org.stepwise.intake;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A placement as a clinician submits it, before it is checked against the framework's rule table.
 *
 * @param id chosen by the caller to make a retried submission idempotent; a new id when null
 * @param ratings dimension key to rating 0..4; every dimension of the framework, nothing else
 * @param justifications dimension key to why it is rated so (1 to 2000 characters each, plain text)
 * @param providedLevel the level the client will actually receive
 * @param differenceReason why the provided level differs from the indicated one; required when it does
 * @param assessedOn the day of the assessment; today when null; never in the future
 * @param reassessOn when to reassess; 30 days after {@code assessedOn} when null; after it, within a year
 */
public record NewPlacement(
        @Nullable PlacementId id,
        PlacementFramework framework,
        Map<String, @Nullable Integer> ratings,
        Map<String, @Nullable String> justifications,
        Candidacy candidacy,
        LevelOfCare providedLevel,
        @Nullable String differenceReason,
        @Nullable LocalDate assessedOn,
        @Nullable LocalDate reassessOn) {

    public NewPlacement {
        ratings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ratings));
        justifications = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(justifications));
    }
}
