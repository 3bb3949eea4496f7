package org.stepwise.measures;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.stepwise.measures.scoring.InstrumentDefinition;

/**
 * One instrument's totals for one client over time, oldest first, with the severity bands behind them and the change
 * from the first to the latest and from the previous to the latest score, judged by the instrument's
 * {@link ChangeCriteria} through {@link ScoreChange} (or only counted in points when the instrument has none).
 *
 * @param criteria null when the instrument's definition configures no reliable-change rule
 */
public record MeasureTrend(String instrument, String name, int min, int max, boolean higherIsWorse,
        List<Band> bands, List<Point> points, @Nullable ChangeCriteria criteria, @Nullable Change firstToLatest,
        @Nullable Change previousToLatest) {

    public MeasureTrend {
        bands = List.copyOf(bands);
        points = List.copyOf(points);
    }

    /** A range of the total and its name ({@code moderate}). */
    public record Band(String name, int min, int max) {}

    /** One administration's total. */
    public record Point(LocalDate administeredOn, int score, @Nullable String band,
            MeasureAdministrationId administration) {}

    /**
     * The change between two scores.
     *
     * @param judged reliable change, response and remission; null when the instrument has no change criteria
     */
    public record Change(LocalDate fromDate, int from, LocalDate toDate, int to, int points,
            @Nullable ScoreChange judged) {

        /** {@code +7}, {@code -3}, {@code 0}. */
        public String signedPoints() {
            return points > 0 ? "+" + points : String.valueOf(points);
        }
    }

    /**
     * The trend of one instrument from a client's administrations (any order; other instruments and administrations
     * without a total are left out).
     */
    public static MeasureTrend of(InstrumentDefinition definition, List<MeasureAdministration> administrations) {
        List<Point> points = administrations.stream()
                .filter(a -> a.instrument().equals(definition.code()) && a.total() != null)
                .sorted(Comparator.comparing(MeasureAdministration::administeredOn)
                        .thenComparing(MeasureAdministration::createdAt))
                .map(a -> new Point(a.administeredOn(), Objects.requireNonNull(a.total()), a.band(), a.id()))
                .toList();
        List<Band> bands = definition.bands().stream().filter(b -> b.min() != null && b.max() != null)
                .map(b -> new Band(b.name(), b.min(), b.max())).toList();
        InstrumentDefinition.Change change = definition.change();
        ChangeCriteria criteria = criteria(change);
        boolean higherIsWorse = change == null || change.higherIsWorse();
        Change first = points.size() < 2 ? null : change(points.getFirst(), points.getLast(), criteria);
        Change previous = points.size() < 3 ? null : change(points.get(points.size() - 2), points.getLast(), criteria);
        int min = definition.scoring().min() == null ? 0 : definition.scoring().min();
        int max = definition.scoring().max() == null ? Math.max(1, points.stream().mapToInt(Point::score).max()
                .orElse(1)) : definition.scoring().max();
        return new MeasureTrend(definition.code(), definition.name(), min, max, higherIsWorse, bands, points, criteria,
                first, previous);
    }

    /** The criteria a definition configures, or null when it judges no reliability. */
    public static @Nullable ChangeCriteria criteria(InstrumentDefinition.@Nullable Change c) {
        if (c == null || !c.judgesReliability()) {
            return null;
        }
        return new ChangeCriteria(c.fixedThreshold(), c.fixedThreshold() == null ? c.baselineSd() : null,
                c.fixedThreshold() == null ? c.reliability() : null, c.higherIsWorse(), c.remissionBelow(),
                c.remissionEligibleAbove());
    }

    private static Change change(Point from, Point to, @Nullable ChangeCriteria criteria) {
        return new Change(from.administeredOn(), from.score(), to.administeredOn(), to.score(),
                to.score() - from.score(), criteria == null ? null : ScoreChange.between(from.score(), to.score(),
                        criteria));
    }

    public @Nullable Point latest() {
        return points.isEmpty() ? null : points.getLast();
    }
}
