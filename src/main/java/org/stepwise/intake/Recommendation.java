package org.stepwise.intake;

import java.util.List;

/**
 * What the ratings and candidacy answers call for.
 *
 * @param level the highest level any dimension's rating or any candidacy answer calls for (never an average)
 * @param drivers the keys that call for exactly that level: dimension keys first (table order), then candidacy keys
 * @param reasons sentences a clinician reads, explaining the level and any caution
 */
public record Recommendation(LevelOfCare level, List<String> drivers, List<String> reasons) {

    public Recommendation {
        drivers = List.copyOf(drivers);
        reasons = List.copyOf(reasons);
    }
}
