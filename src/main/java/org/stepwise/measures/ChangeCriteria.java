package org.stepwise.measures;

import org.jspecify.annotations.Nullable;

/**
 * How an instrument's change between two administrations is judged (iop-domain.md §6, "Change over time").
 *
 * @param fixedThreshold a change of at least this many points is reliable (PHQ-9 6, GAD-7 4), or null to use the
 *     Jacobson-Truax index from {@code baselineSd} and {@code reliability}
 * @param baselineSd the standard deviation of the instrument's scores in a clinical sample (Jacobson-Truax s1)
 * @param reliability the instrument's reliability r (test-retest or Cronbach's alpha), 0 &lt; r &lt; 1
 * @param higherIsWorse true for symptom scales (PHQ-9); false for wellbeing scales (WHO-5)
 * @param remissionBelow a latest score below this is remission, for clients who started above
 *     {@code remissionEligibleAbove} (PHQ-9: below 5, from above 9); null when the instrument has no remission rule
 */
public record ChangeCriteria(
        @Nullable Integer fixedThreshold,
        @Nullable Double baselineSd,
        @Nullable Double reliability,
        boolean higherIsWorse,
        @Nullable Integer remissionBelow,
        @Nullable Integer remissionEligibleAbove) {

    /** PHQ-9: 6 points either way is reliable; remission below 5 from above 9. */
    public static final ChangeCriteria PHQ9 = new ChangeCriteria(6, null, null, true, 5, 9);
    /** GAD-7: 4 points either way is reliable; remission below 5 from above 9, as for the PHQ-9. */
    public static final ChangeCriteria GAD7 = new ChangeCriteria(4, null, null, true, 5, 9);

    public ChangeCriteria {
        if (fixedThreshold == null && (baselineSd == null || reliability == null)) {
            throw new IllegalArgumentException("Give a fixed threshold, or a standard deviation and a reliability");
        }
        if (fixedThreshold != null && fixedThreshold < 1) {
            throw new IllegalArgumentException("A reliable-change threshold is at least 1 point");
        }
        if (reliability != null && (reliability <= 0 || reliability >= 1)) {
            throw new IllegalArgumentException("A reliability lies strictly between 0 and 1");
        }
        if (baselineSd != null && baselineSd <= 0) {
            throw new IllegalArgumentException("A standard deviation is above 0");
        }
        if ((remissionBelow == null) != (remissionEligibleAbove == null)) {
            throw new IllegalArgumentException("A remission rule needs both its cut-off and who it applies to");
        }
    }

    /** The Jacobson-Truax reliable change index for an instrument with no fixed threshold. */
    public static ChangeCriteria jacobsonTruax(double baselineSd, double reliability, boolean higherIsWorse) {
        return new ChangeCriteria(null, baselineSd, reliability, higherIsWorse, null, null);
    }
}
