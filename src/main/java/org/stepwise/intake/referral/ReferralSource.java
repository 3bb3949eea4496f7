package org.stepwise.intake.referral;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Who sent the referral. */
public enum ReferralSource {
    SELF,
    FAMILY,
    PRIMARY_CARE,
    INPATIENT_DISCHARGE,
    RESIDENTIAL_DISCHARGE,
    PHP_STEP_DOWN,
    COURT,
    EMPLOYER,
    OTHER;

    public static Optional<ReferralSource> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(text.strip())).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
