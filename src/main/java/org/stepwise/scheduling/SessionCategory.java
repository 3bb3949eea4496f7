package org.stepwise.scheduling;

/** The kinds of session an IOP runs (iop-domain.md section 5). Groups hold many clients; the others hold one. */
public enum SessionCategory {
    GROUP_THERAPY(true),
    PSYCHOEDUCATION(true),
    SKILLS_GROUP(true),
    INDIVIDUAL_THERAPY(false),
    FAMILY_THERAPY(false),
    MEDICATION_MANAGEMENT(false),
    HOLISTIC(true),
    ALUMNI_SUPPORT(true);

    private final boolean group;

    SessionCategory(boolean group) {
        this.group = group;
    }

    public boolean isGroup() {
        return group;
    }
}
