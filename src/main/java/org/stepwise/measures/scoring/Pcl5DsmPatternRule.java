package org.stepwise.measures.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PCL-5 provisional DSM-5 PTSD pattern: an item counts as a symptom when rated 2 ("moderately") or higher, and the
 * pattern needs at least 1 of items 1-5 (cluster B), 1 of items 6-7 (C), 2 of items 8-14 (D) and 2 of items 15-20 (E).
 * It is reported as {@code dsmPattern}, independent of the total and its cut-off.
 */
final class Pcl5DsmPatternRule implements SpecialRule {

    static final int SYMPTOM_AT = 2;

    /** Cluster: first item, last item, symptoms needed. */
    private static final int[][] CLUSTERS = {{1, 5, 1}, {6, 7, 1}, {8, 14, 2}, {15, 20, 2}};

    @Override
    public String name() {
        return "pcl5-dsm5-pattern";
    }

    @Override
    public Set<String> bandNames() {
        return Set.of();
    }

    @Override
    public List<String> problemsWith(InstrumentDefinition definition) {
        List<String> problems = new ArrayList<>();
        if (definition.itemCount() != 20) {
            problems.add("rule " + name() + " needs the 20 PCL-5 items, found " + definition.itemCount());
        }
        return problems;
    }

    @Override
    public void check(int[] answers, ScoreRequest request, Map<String, String> problems) {
        // Every combination of valid answers has a pattern, present or absent.
    }

    @Override
    public Score apply(int[] answers, ScoreRequest request, Score generic) {
        return generic.withExtra("dsmPattern", meetsPattern(answers));
    }

    static boolean meetsPattern(int[] answers) {
        for (int[] cluster : CLUSTERS) {
            int symptoms = 0;
            for (int item = cluster[0]; item <= cluster[1]; item++) {
                if (answers[item - 1] >= SYMPTOM_AT) {
                    symptoms++;
                }
            }
            if (symptoms < cluster[2]) {
                return false;
            }
        }
        return true;
    }
}
