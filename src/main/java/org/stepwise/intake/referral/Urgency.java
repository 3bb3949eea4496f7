package org.stepwise.intake.referral;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How soon the referrer asks for the person to be seen. */
public enum Urgency {
    ROUTINE,
    SOON,
    URGENT;

    public static Optional<Urgency> parse(String text) {
        return Arrays.stream(values()).filter(u -> u.name().equalsIgnoreCase(text.strip())).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
