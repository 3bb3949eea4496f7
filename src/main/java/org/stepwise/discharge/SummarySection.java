package org.stepwise.discharge;

import java.util.Arrays;
import java.util.List;

/**
 * The sections of a summary the clinician writes. The figures are drafted from the chart; these say what the figures
 * cannot. Those required for signing must be written before the summary can be signed.
 */
public enum SummarySection {
    /** What treatment was given and how the client responded. */
    COURSE("course", true),
    /** The client's condition and risk on the last day. */
    CONDITION("condition", false),
    /** Medications at discharge and who continues them, beyond what the chart lists. */
    MEDICATIONS("medications", false),
    /** The next level of care and provider, groups, appointments, crisis plan. */
    AFTERCARE("aftercare", true),
    /** Recommendations for the client and for the provider taking over. */
    RECOMMENDATIONS("recommendations", false);

    /** The most characters one section holds. */
    public static final int MAX_LENGTH = 8000;

    private final String key;
    private final boolean requiredForSigning;

    SummarySection(String key, boolean requiredForSigning) {
        this.key = key;
        this.requiredForSigning = requiredForSigning;
    }

    /** The form field and JSON property: {@code course}, {@code aftercare}, ... */
    public String key() {
        return key;
    }

    public boolean requiredForSigning() {
        return requiredForSigning;
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(SummarySection::key).toList();
    }
}
