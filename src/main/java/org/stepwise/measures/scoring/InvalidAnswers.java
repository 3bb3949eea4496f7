package org.stepwise.measures.scoring;

import java.util.Map;
import org.stepwise.shared.InvalidRequestException;

/**
 * Answers that cannot be scored: a wrong count, a value the item does not take, a missing option, a contradiction.
 * Each problem is keyed by the JSON field it concerns ({@code answers[9]}, {@code sex}) and names the item in words.
 */
public class InvalidAnswers extends InvalidRequestException {

    public InvalidAnswers(Map<String, String> problems) {
        super(String.join(" ", problems.values()), problems);
    }

    static InvalidAnswers of(String field, String message) {
        return new InvalidAnswers(Map.of(field, message));
    }
}
