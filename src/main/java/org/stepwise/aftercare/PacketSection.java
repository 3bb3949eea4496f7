package org.stepwise.aftercare;

import org.stepwise.consents.InformationCategory;

/**
 * The sections of a referral packet to the next provider, each with the category of information a consent must cover
 * for it to go. The aftercare plan is the client's continuing treatment plan; who prescribes and what continues are
 * medications; the discharge (type, dates, reason, level) is the treatment summary.
 */
public enum PacketSection {
    AFTERCARE_PLAN("Aftercare plan", InformationCategory.TREATMENT_PLAN),
    MEDICATIONS("Medication continuation", InformationCategory.MEDICATIONS),
    DIAGNOSES("Diagnoses", InformationCategory.DIAGNOSIS),
    TREATMENT_SUMMARY("Treatment summary (admission and discharge)", InformationCategory.SUMMARY);

    private final String label;
    private final InformationCategory category;

    PacketSection(String label, InformationCategory category) {
        this.label = label;
        this.category = category;
    }

    public String label() {
        return label;
    }

    public InformationCategory category() {
        return category;
    }
}
