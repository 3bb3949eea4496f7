package org.stepwise.intake.placement;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stepwise.intake.PlacementFramework;

/** A complete set of ratings for one framework: every dimension rated once, each 0 to 4. Checks itself when built. */
public final class Ratings {

    private final RuleTable table;
    private final int[] values;

    private Ratings(RuleTable table, int[] values) {
        this.table = table;
        this.values = values;
    }

    /**
     * Builds ratings from a map of dimension key to rating.
     *
     * @throws org.stepwise.shared.InvalidRequestException naming every missing, unknown or out-of-range rating
     *     (fields {@code ratings.<key>})
     */
    public static Ratings of(RuleTable table, Map<String, @Nullable Integer> byKey) {
        FieldErrors errors = new FieldErrors();
        check(table, byKey, errors);
        errors.throwIfAny();
        int[] values = new int[table.size()];
        for (int d = 0; d < table.size(); d++) {
            values[d] = byKey.get(table.dimensions().get(d).key());
        }
        return new Ratings(table, values);
    }

    /** Adds a message per problem with {@code byKey} to {@code errors}. */
    static void check(RuleTable table, Map<String, @Nullable Integer> byKey, FieldErrors errors) {
        for (DimensionRule dimension : table.dimensions()) {
            Integer rating = byKey.get(dimension.key());
            String field = "ratings." + dimension.key();
            if (rating == null) {
                errors.add(field, "Rate " + dimension.key() + " (" + dimension.label() + ") from 0 to 4.");
            } else if (rating < PlacementFramework.LOWEST_RATING || rating > PlacementFramework.HIGHEST_RATING) {
                errors.add(field, "The rating of " + dimension.key() + " (" + dimension.label() + ") must be 0 to 4, not "
                        + rating + ".");
            }
        }
        for (String key : byKey.keySet()) {
            if (!table.framework().dimensionKeys().contains(key)) {
                errors.add("ratings." + key, "\"" + key + "\" is not a dimension of " + table.framework().key()
                        + "; rate " + String.join(", ", table.framework().dimensionKeys()) + ".");
            }
        }
    }

    public RuleTable table() {
        return table;
    }

    /** The rating of the dimension at a position in the table's order. */
    public int at(int dimension) {
        return values[dimension];
    }

    /** A copy of the ratings in the table's order. */
    public int[] toArray() {
        return values.clone();
    }

    /** Dimension key to rating, in the table's order. */
    public Map<String, Integer> asMap() {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int d = 0; d < values.length; d++) {
            map.put(table.dimensions().get(d).key(), values[d]);
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ratings that && that.table == table && Arrays.equals(that.values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return table.framework().key() + asMap();
    }
}
