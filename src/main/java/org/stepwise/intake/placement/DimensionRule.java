package org.stepwise.intake.placement;

import java.util.List;
import org.stepwise.intake.LevelOfCare;

/**
 * One dimension of a rule table: its key, the short label a clinician reads, and the level each rating 0..4 calls for.
 * Built only through {@link RuleTable#of}, which checks it.
 */
public record DimensionRule(String key, String label, List<LevelOfCare> levelsByRating) {

    public DimensionRule {
        levelsByRating = List.copyOf(levelsByRating);
    }

    public LevelOfCare levelFor(int rating) {
        return levelsByRating.get(rating);
    }
}
