package org.stepwise.notes.rules;

import org.stepwise.staff.ProgramKind;

/**
 * 42 CFR Part 2 segmentation of a note: a note written in a substance use or co-occurring program documents substance
 * use disorder treatment, so it carries the Part 2 marker that later disclosures (and prints) honour.
 */
public final class Part2 {

    private Part2() {}

    public static boolean applies(ProgramKind program) {
        return program == ProgramKind.SUBSTANCE_USE || program == ProgramKind.CO_OCCURRING;
    }
}
