package org.stepwise.measures;

import org.jspecify.annotations.Nullable;

/**
 * The change between a first (baseline) and a later score of one instrument, judged as iop-domain.md §6 says: reliable
 * improvement or deterioration (a fixed threshold, or the Jacobson-Truax index |RC| &gt; 1.96), response (a fall of 50%
 * or more on a symptom scale) and remission. Plain Java: the chart, the signals and the discharge summary all use it.
 *
 * @param points latest minus baseline (negative is a fall)
 * @param reliableChangeIndex the Jacobson-Truax RC, when the criteria use it
 */
public record ScoreChange(int baseline, int latest, int points, Reliability reliability,
        @Nullable Double reliableChangeIndex, boolean response, boolean remission) {

    /** Whether the change is larger than measurement error, and which way. */
    public enum Reliability {
        RELIABLE_IMPROVEMENT("Reliable improvement"),
        NO_RELIABLE_CHANGE("No reliable change"),
        RELIABLE_DETERIORATION("Reliable deterioration");

        private final String label;

        Reliability(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The critical value of the Jacobson-Truax index (two-sided 95%). */
    public static final double RC_CRITICAL = 1.96;

    public static ScoreChange between(int baseline, int latest, ChangeCriteria criteria) {
        int points = latest - baseline;
        int worsening = criteria.higherIsWorse() ? points : -points;
        Double rc = null;
        boolean reliable;
        if (criteria.fixedThreshold() != null) {
            reliable = Math.abs(points) >= criteria.fixedThreshold();
        } else {
            double standardError = criteria.baselineSd() * Math.sqrt(1 - criteria.reliability());
            rc = points / Math.sqrt(2 * standardError * standardError);
            reliable = Math.abs(rc) > RC_CRITICAL;
        }
        Reliability reliability = !reliable || points == 0 ? Reliability.NO_RELIABLE_CHANGE
                : worsening > 0 ? Reliability.RELIABLE_DETERIORATION : Reliability.RELIABLE_IMPROVEMENT;
        // Response: a symptom score at most half its baseline (a 50% or larger reduction). Undefined from a baseline of 0.
        boolean response = criteria.higherIsWorse() && baseline > 0 && 2 * latest <= baseline;
        boolean remission = criteria.remissionBelow() != null && baseline > criteria.remissionEligibleAbove()
                && (criteria.higherIsWorse() ? latest < criteria.remissionBelow() : latest > criteria.remissionBelow());
        return new ScoreChange(baseline, latest, points, reliability, rc, response, remission);
    }
}
