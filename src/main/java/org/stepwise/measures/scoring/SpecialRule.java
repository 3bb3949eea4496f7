package org.stepwise.measures.scoring;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A scoring rule too particular to write as data, named by a definition ({@code "rule": "cssrs-screener"}). The generic
 * engine scores first; the rule then checks what only it knows (skip patterns, required options) and adds to the result.
 */
interface SpecialRule {

    /** The name definitions use. */
    String name();

    /** The band names this rule sets; empty when it sets none (the definition's bands then apply). */
    Set<String> bandNames();

    /** What a definition must look like for this rule to apply to it (item count, answer values). */
    List<String> problemsWith(InstrumentDefinition definition);

    /** Adds a problem per field to {@code problems} for answers this rule refuses. */
    void check(int[] answers, ScoreRequest request, Map<String, String> problems);

    /** The generic score completed by this rule. */
    Score apply(int[] answers, ScoreRequest request, Score generic);
}
