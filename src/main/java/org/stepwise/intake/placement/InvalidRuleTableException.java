package org.stepwise.intake.placement;

import java.util.List;

/** A level-of-care rule table that cannot be used; the message lists every problem, one a line. */
public class InvalidRuleTableException extends RuntimeException {

    private final List<String> problems;

    public InvalidRuleTableException(String source, List<String> problems) {
        super("The level-of-care rule table " + source + " cannot be used:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
