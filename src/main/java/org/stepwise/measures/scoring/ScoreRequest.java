package org.stepwise.measures.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a caller sends to be scored: the answers in item order, each the value the published form prints beside the
 * chosen option (yes/no as 1/0), as they arrived (numbers, but possibly text, fractions or nulls, which are refused
 * item by item), plus the options some instruments need.
 *
 * @param sex {@code "female"} or {@code "male"}, for instruments whose cut-off depends on it (AUDIT-C)
 * @param recentBehavior C-SSRS screener: the suicidal behaviour of item 6 was within the past 3 months
 */
public record ScoreRequest(@Nullable List<?> answers, @Nullable String sex, @Nullable Boolean recentBehavior) {

    public ScoreRequest {
        // A copy that keeps nulls (List.copyOf refuses them, and a null answer must be reported, not thrown).
        answers = answers == null ? null : Collections.unmodifiableList(new ArrayList<>(answers));
    }

    public static ScoreRequest of(int... answers) {
        List<Integer> list = new ArrayList<>();
        for (int answer : answers) {
            list.add(answer);
        }
        return new ScoreRequest(list, null, null);
    }

    public ScoreRequest withSex(@Nullable String sex) {
        return new ScoreRequest(answers, sex, recentBehavior);
    }

    public ScoreRequest withRecentBehavior(@Nullable Boolean recentBehavior) {
        return new ScoreRequest(answers, sex, recentBehavior);
    }
}
