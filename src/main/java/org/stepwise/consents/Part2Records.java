package org.stepwise.consents;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;
import org.stepwise.staff.ProgramKind;

/**
 * Which of a client's records are substance use disorder treatment records under 42 CFR Part 2: those of an episode in a
 * program that treats substance use (a substance use or co-occurring IOP), or of an episode with a substance-related
 * diagnosis (ICD-10-CM F10 to F19). Their notes carry the Part 2 marker, their prints the redisclosure notice, and
 * their clients are drug-screened. The one rule for every module; plain Java.
 */
public final class Part2Records {

    /** F10 to F19, with or without the rest of the code ("F11.20", "F1120", "F17.210"). */
    private static final Pattern SUBSTANCE_RELATED = Pattern.compile("F1[0-9]([.0-9A-Z].*)?");

    private Part2Records() {}

    /** Whether an episode in a program of this kind, with these diagnoses, is a Part 2 record. */
    public static boolean applies(ProgramKind program, Collection<String> diagnoses) {
        return program == ProgramKind.SUBSTANCE_USE || program == ProgramKind.CO_OCCURRING
                || diagnoses.stream().anyMatch(Part2Records::isSubstanceRelated);
    }

    /** An ICD-10-CM code from F10 to F19 (case and surrounding spaces do not matter). */
    public static boolean isSubstanceRelated(String diagnosis) {
        return SUBSTANCE_RELATED.matcher(diagnosis.strip().toUpperCase(Locale.ROOT)).matches();
    }
}
