package org.stepwise.measures.scoring;

import java.util.List;

/** A definition file that cannot be used, with every problem found in it. */
public class InvalidDefinition extends IllegalArgumentException {

    private final List<String> problems;

    public InvalidDefinition(String code, List<String> problems) {
        super("Instrument definition " + code + " cannot be used: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
