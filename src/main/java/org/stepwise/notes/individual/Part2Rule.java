package org.stepwise.notes.individual;

import java.util.Collection;
import org.stepwise.notes.rules.Part2;
import org.stepwise.staff.ProgramKind;

/**
 * Whether a client's note is a 42 CFR Part 2 record: the episode is in a program that treats substance use (a
 * substance use or co-occurring IOP), or one of the episode's diagnoses is a substance-related disorder (ICD-10-CM
 * F10 to F19). The rule itself is the notes module's {@link Part2}, the same for group notes.
 */
public final class Part2Rule {

    private Part2Rule() {}

    public static boolean applies(ProgramKind program, Collection<String> diagnoses) {
        return Part2.applies(program, diagnoses);
    }

    public static boolean isSubstanceRelated(String diagnosis) {
        return Part2.isSubstanceRelated(diagnosis);
    }
}
