package org.stepwise.episodes.web;

import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;

/**
 * Diagnoses and payer details are shown to those whose work needs them (clinical staff, intake, billing), not to every
 * role that may open a chart: the front desk sees the episode's track, dates and status only.
 */
final class ClinicalDetail {

    private ClinicalDetail() {}

    static boolean shownTo(StepwiseUser user) {
        return user.can(Permission.CLINICAL_READ) || user.can(Permission.INTAKE) || user.can(Permission.BILLING);
    }
}
