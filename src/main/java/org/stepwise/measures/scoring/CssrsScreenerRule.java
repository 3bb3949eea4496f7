package org.stepwise.measures.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * C-SSRS screener risk level. Six yes/no items (1 = yes); when item 2 is no, items 3 to 5 are not asked, so a yes there
 * contradicts item 2 and is refused (a 0 is accepted and ignored). Item 6 (suicidal behaviour) needs
 * {@code recentBehavior}: was it within the past 3 months?
 * <ul>
 *   <li>high: item 4 or 5 yes, or item 6 yes within 3 months;
 *   <li>moderate: item 3 yes, or item 6 yes longer ago;
 *   <li>low: only items 1 or 2 yes;
 *   <li>none: every item no.
 * </ul>
 * The level is both the band and {@code riskLevel}; there is no total. Moderate and high raise
 * {@code suicide-risk-moderate} / {@code suicide-risk-high} and count as positive.
 */
final class CssrsScreenerRule implements SpecialRule {

    static final String NONE = "none";
    static final String LOW = "low";
    static final String MODERATE = "moderate";
    static final String HIGH = "high";

    @Override
    public String name() {
        return "cssrs-screener";
    }

    @Override
    public Set<String> bandNames() {
        return Set.of(NONE, LOW, MODERATE, HIGH);
    }

    @Override
    public List<String> problemsWith(InstrumentDefinition definition) {
        List<String> problems = new ArrayList<>();
        if (definition.itemCount() != 6) {
            problems.add("rule " + name() + " needs the 6 screener items, found " + definition.itemCount());
        }
        return problems;
    }

    @Override
    public void check(int[] answers, ScoreRequest request, Map<String, String> problems) {
        if (answers[1] == 0) {
            for (int item = 3; item <= 5; item++) {
                if (answers[item - 1] == 1) {
                    problems.put("answers[" + (item - 1) + "]", "Item " + item + " is yes, but item 2 is no: when item 2 "
                            + "is no, items 3 to 5 are not asked. Send 0 for items 3 to 5, or correct item 2.");
                }
            }
        }
        if (answers[5] == 1 && request.recentBehavior() == null) {
            problems.put("recentBehavior", "Item 6 (suicidal behaviour) is yes: send \"recentBehavior\": true if it "
                    + "was within the past 3 months, false if longer ago.");
        }
    }

    @Override
    public Score apply(int[] answers, ScoreRequest request, Score generic) {
        boolean behaviour = answers[5] == 1;
        Boolean recent = behaviour ? request.recentBehavior() : null;
        String level = level(answers, Boolean.TRUE.equals(recent));
        Score score = generic.withRecentBehavior(recent).withBand(level)
                .withPositive(level.equals(MODERATE) || level.equals(HIGH))
                .withExtra("riskLevel", level);
        if (level.equals(MODERATE)) {
            score = score.withFlag("suicide-risk-moderate");
        } else if (level.equals(HIGH)) {
            score = score.withFlag("suicide-risk-high");
        }
        return score;
    }

    private static String level(int[] answers, boolean recentBehaviour) {
        boolean askedFurther = answers[1] == 1; // items 3-5 count only when item 2 is yes
        boolean item3 = askedFurther && answers[2] == 1;
        boolean item4 = askedFurther && answers[3] == 1;
        boolean item5 = askedFurther && answers[4] == 1;
        boolean item6 = answers[5] == 1;
        if (item4 || item5 || (item6 && recentBehaviour)) {
            return HIGH;
        }
        if (item3 || item6) {
            return MODERATE;
        }
        if (answers[0] == 1 || answers[1] == 1) {
            return LOW;
        }
        return NONE;
    }
}
