package org.stepwise.safety;

import java.util.Arrays;
import java.util.Optional;

/** What came of the clinician's response to an alert; recorded when it is resolved. */
public enum AlertOutcome {
    SAFETY_PLAN_MADE("safety-plan-made"),
    REFERRED_TO_EMERGENCY_CARE("referred-to-emergency-care"),
    HIGHER_LEVEL_OF_CARE_ARRANGED("higher-level-of-care-arranged"),
    NO_CURRENT_RISK_AFTER_ASSESSMENT("no-current-risk-after-assessment");

    private final String code;

    AlertOutcome(String code) {
        this.code = code;
    }

    /** As stored and in the API: {@code safety-plan-made}, … */
    public String code() {
        return code;
    }

    public static Optional<AlertOutcome> fromCode(String code) {
        return Arrays.stream(values()).filter(outcome -> outcome.code.equals(code)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(AlertOutcome::code).toList());
    }
}
