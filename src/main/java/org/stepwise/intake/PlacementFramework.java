package org.stepwise.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A multidimensional rating framework for placement. The dimension keys are fixed here because the API and the stored
 * records use them; the labels and the level each rating calls for come from the framework's rule table (data a clinic
 * can replace). Every dimension is rated 0 to 4, 4 always meaning the greatest need.
 */
public enum PlacementFramework {
    /** Six dimensions for substance use (withdrawal, biomedical, emotional/behavioral, readiness, relapse, environment). */
    SUBSTANCE_USE("substance-use", List.of("d1", "d2", "d3", "d4", "d5", "d6")),
    /** Stepwise's open rating for mental health (not LOCUS, whose licence forbids storing it without permission). */
    MENTAL_HEALTH("mental-health", List.of("riskOfHarm", "functionalStatus", "comorbidity", "environmentStress",
            "environmentSupport", "treatmentHistory", "engagement"));

    public static final int LOWEST_RATING = 0;
    public static final int HIGHEST_RATING = 4;

    private final String key;
    private final List<String> dimensionKeys;

    PlacementFramework(String key, List<String> dimensionKeys) {
        this.key = key;
        this.dimensionKeys = dimensionKeys;
    }

    /** The framework's name in the API and in rule table files: {@code substance-use} or {@code mental-health}. */
    public String key() {
        return key;
    }

    /** The dimension keys, in the order they are shown. */
    public List<String> dimensionKeys() {
        return dimensionKeys;
    }

    public static Optional<PlacementFramework> fromKey(String key) {
        return Arrays.stream(values()).filter(framework -> framework.key.equals(key)).findFirst();
    }

    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(PlacementFramework::key).toList());
    }
}
