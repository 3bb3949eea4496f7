package org.stepwise.measures;

import java.util.Collection;
import java.util.Set;

/**
 * The flags of a scored administration ({@link MeasureScored#flags()}) that open a safety alert: PHQ-9 item 9 above 0
 * and a C-SSRS screener risk of moderate or high. Named once, here, for the result page that says an alert opens and
 * for module safety's rule that opens it and decides how urgent it is. The instruments raise them
 * ({@code instruments/phq9.json}, the C-SSRS screener's scoring rule).
 */
public final class SafetyFlags {

    public static final String PHQ9_ITEM9 = "item9-suicidal-ideation";
    public static final String SUICIDE_RISK_MODERATE = "suicide-risk-moderate";
    public static final String SUICIDE_RISK_HIGH = "suicide-risk-high";

    public static final Set<String> ALL = Set.of(PHQ9_ITEM9, SUICIDE_RISK_MODERATE, SUICIDE_RISK_HIGH);

    private SafetyFlags() {}

    /** Whether any of {@code flags} opens a safety alert. */
    public static boolean anyIn(Collection<String> flags) {
        return flags.stream().anyMatch(ALL::contains);
    }
}
