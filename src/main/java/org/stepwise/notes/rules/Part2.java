package org.stepwise.notes.rules;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;
import org.stepwise.staff.ProgramKind;

/**
 * 42 CFR Part 2 segmentation of a note: a note written in a substance use or co-occurring program, or for an episode
 * with a substance-related diagnosis, documents substance use disorder treatment, so it carries the Part 2 marker that
 * later disclosures (and prints) honour. One rule for every kind of note.
 */
public final class Part2 {

    private Part2() {}

    /** F10 to F19, with or without the rest of the code ("F11.20", "F1120", "F17.210"). */
    private static final Pattern SUBSTANCE_RELATED = Pattern.compile("F1[0-9]([.0-9A-Z].*)?");

    public static boolean applies(ProgramKind program, Collection<String> diagnoses) {
        return program == ProgramKind.SUBSTANCE_USE || program == ProgramKind.CO_OCCURRING
                || diagnoses.stream().anyMatch(Part2::isSubstanceRelated);
    }

    public static boolean isSubstanceRelated(String diagnosis) {
        return SUBSTANCE_RELATED.matcher(diagnosis.strip().toUpperCase(Locale.ROOT)).matches();
    }
}
