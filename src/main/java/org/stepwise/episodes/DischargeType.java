package org.stepwise.episodes;

/**
 * How an episode of care ended. Each type says what the discharge must name: a step down goes to a lower level of
 * care, a step up to a higher one, and a transfer names the provider taking over.
 */
public enum DischargeType {
    /** The client met the plan's goals and finished the program. */
    COMPLETED("Completed the program", LevelRule.NOT_HIGHER, false),
    /** Moved to a less intensive level (standard outpatient, recovery support). */
    STEPPED_DOWN("Stepped down to a lower level of care", LevelRule.LOWER, false),
    /** Moved to a more intensive level (partial hospitalization, residential, inpatient). */
    STEPPED_UP("Stepped up to a higher level of care", LevelRule.HIGHER, false),
    /** Care continues with another provider or program, at any level. */
    TRANSFERRED("Transferred to another provider", LevelRule.ANY, true),
    /** The client left before the team judged treatment complete. */
    LEFT_AGAINST_ADVICE("Left against clinical advice", LevelRule.ANY, false),
    /** Ended by the program (non-attendance, payer, safety of others), with the reason recorded. */
    ADMINISTRATIVE("Administrative discharge", LevelRule.ANY, false);

    /** What the level of care at discharge must be, compared with the level at admission. */
    public enum LevelRule {
        /** Required, and lower than at admission. */
        LOWER,
        /** Required, and higher than at admission. */
        HIGHER,
        /** Optional; when named, not higher than at admission. */
        NOT_HIGHER,
        /** Optional, any level. */
        ANY
    }

    private final String label;
    private final LevelRule levelRule;
    private final boolean needsDestination;

    DischargeType(String label, LevelRule levelRule, boolean needsDestination) {
        this.label = label;
        this.levelRule = levelRule;
        this.needsDestination = needsDestination;
    }

    public String label() {
        return label;
    }

    public LevelRule levelRule() {
        return levelRule;
    }

    /** Whether the discharge must name the provider or program taking over. */
    public boolean needsDestination() {
        return needsDestination;
    }

    /** Whether the client left for more intensive care (step up), which the signals and outcome reports count apart. */
    public boolean toHigherLevel() {
        return this == STEPPED_UP;
    }
}
