package org.stepwise.measures;

import org.jspecify.annotations.Nullable;

/**
 * What some instruments need besides the answers.
 *
 * @param sex {@code "female"} or {@code "male"}: AUDIT-C's cut-off depends on it (required there, ignored elsewhere)
 * @param recentBehavior C-SSRS screener: the suicidal behaviour of item 6 was within the past 3 months (required when
 *     item 6 is yes)
 */
public record MeasureOptions(@Nullable String sex, @Nullable Boolean recentBehavior) {

    public static MeasureOptions none() {
        return new MeasureOptions(null, null);
    }
}
