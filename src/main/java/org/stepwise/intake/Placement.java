package org.stepwise.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/**
 * A stored level-of-care placement, as other modules see it.
 *
 * @param ruleTable the name and edition of the rule table that computed {@code indicatedLevel}
 * @param ratings dimension key to rating 0..4, in the framework's order
 * @param justifications dimension key to the clinician's justification
 * @param drivers the dimensions (and candidacy answers) that called for the indicated level
 * @param reasons the sentences the clinician was shown
 */
public record Placement(
        PlacementId id,
        ClientId client,
        PlacementFramework framework,
        String ruleTable,
        Map<String, Integer> ratings,
        Map<String, String> justifications,
        Candidacy candidacy,
        LevelOfCare indicatedLevel,
        List<String> drivers,
        List<String> reasons,
        LevelOfCare providedLevel,
        @Nullable String differenceReason,
        LocalDate assessedOn,
        LocalDate reassessOn,
        StaffId assessedBy,
        Instant createdAt) {

    public Placement {
        ratings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ratings));
        justifications = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(justifications));
        drivers = List.copyOf(drivers);
        reasons = List.copyOf(reasons);
    }

    /** Whether the client receives a level other than the one the ratings indicate. */
    public boolean differsFromIndicated() {
        return providedLevel != indicatedLevel;
    }
}
