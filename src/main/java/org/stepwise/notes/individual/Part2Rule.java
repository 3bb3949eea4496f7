package org.stepwise.notes.individual;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;
import org.stepwise.staff.ProgramKind;

/**
 * Whether a client's note is a 42 CFR Part 2 record: the episode is in a program that treats substance use (a
 * substance use or co-occurring IOP), or one of the episode's diagnoses is a substance-related disorder (ICD-10-CM
 * F10 to F19). Plain Java.
 */
public final class Part2Rule {

    /** F10 to F19, with or without the rest of the code ("F11.20", "F1120", "F17.210"). */
    private static final Pattern SUBSTANCE_RELATED = Pattern.compile("F1[0-9]([.0-9A-Z].*)?");

    private Part2Rule() {}

    public static boolean applies(ProgramKind program, Collection<String> diagnoses) {
        return program == ProgramKind.SUBSTANCE_USE || program == ProgramKind.CO_OCCURRING
                || diagnoses.stream().anyMatch(Part2Rule::isSubstanceRelated);
    }

    public static boolean isSubstanceRelated(String diagnosis) {
        return SUBSTANCE_RELATED.matcher(diagnosis.strip().toUpperCase(Locale.ROOT)).matches();
    }
}
