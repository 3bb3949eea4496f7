package org.stepwise.intake.placement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stepwise.intake.LevelOfCare;
import org.stepwise.intake.PlacementFramework;

/**
 * A framework's rule table: for each dimension, the level each rating calls for. Always valid once built: every
 * dimension of the framework is present exactly once (in the framework's order), each has a level for every rating
 * 0..4, and a higher rating never calls for a lower level.
 */
public final class RuleTable {

    private static final int RATINGS = PlacementFramework.HIGHEST_RATING + 1;

    private final PlacementFramework framework;
    private final String name;
    private final List<DimensionRule> dimensions;
    /** {@code ordinals[dimension][rating]}: the called-for level's ordinal, for allocation-free evaluation. */
    private final int[][] ordinals;

    private RuleTable(PlacementFramework framework, String name, List<DimensionRule> dimensions) {
        this.framework = framework;
        this.name = name;
        this.dimensions = List.copyOf(dimensions);
        this.ordinals = new int[dimensions.size()][RATINGS];
        for (int d = 0; d < dimensions.size(); d++) {
            for (int r = 0; r < RATINGS; r++) {
                ordinals[d][r] = dimensions.get(d).levelFor(r).ordinal();
            }
        }
    }

    /**
     * Checks and builds a table.
     *
     * @param source where the table came from, named in the error message
     * @throws InvalidRuleTableException listing every problem found
     */
    public static RuleTable of(String source, PlacementFramework framework, String name, List<DimensionRule> dimensions) {
        List<String> problems = new ArrayList<>();
        if (name.isBlank() || name.length() > 200) {
            problems.add("\"name\" must be 1 to 200 characters (it is stored with every placement)");
        }
        Map<String, DimensionRule> byKey = new HashMap<>();
        for (DimensionRule dimension : dimensions) {
            if (!framework.dimensionKeys().contains(dimension.key())) {
                problems.add("\"" + dimension.key() + "\" is not a dimension of " + framework.key() + "; its dimensions are "
                        + String.join(", ", framework.dimensionKeys()));
            } else if (byKey.putIfAbsent(dimension.key(), dimension) != null) {
                problems.add("dimension " + dimension.key() + " appears more than once");
            }
            problems.addAll(problemsOf(dimension));
        }
        for (String key : framework.dimensionKeys()) {
            if (!byKey.containsKey(key)) {
                problems.add("dimension " + key + " is missing");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRuleTableException(source, problems);
        }
        return new RuleTable(framework, name, framework.dimensionKeys().stream().map(byKey::get).toList());
    }

    private static List<String> problemsOf(DimensionRule dimension) {
        List<String> problems = new ArrayList<>();
        if (dimension.label().isBlank() || dimension.label().length() > 80) {
            problems.add("dimension " + dimension.key() + ": the label must be 1 to 80 characters");
        }
        if (dimension.levelsByRating().size() != RATINGS) {
            problems.add("dimension " + dimension.key() + " must give a level for each rating 0 to 4");
            return problems;
        }
        for (int r = 1; r < RATINGS; r++) {
            LevelOfCare lower = dimension.levelFor(r - 1);
            LevelOfCare higher = dimension.levelFor(r);
            if (lower.isAbove(higher)) {
                problems.add("dimension " + dimension.key() + ": rating " + r + " calls for level " + higher.code()
                        + ", lower than level " + lower.code() + " for rating " + (r - 1)
                        + "; a higher rating must never call for a lower level");
            }
        }
        return problems;
    }

    public PlacementFramework framework() {
        return framework;
    }

    /** The table's name and edition, stored with each placement so that a later change of table stays traceable. */
    public String name() {
        return name;
    }

    /** The dimensions in the framework's order. */
    public List<DimensionRule> dimensions() {
        return dimensions;
    }

    public int size() {
        return dimensions.size();
    }

    /** The ordinal of the level that a rating of a dimension (by position) calls for. */
    int ordinal(int dimension, int rating) {
        return ordinals[dimension][rating];
    }
}
