package org.stepwise.measures.scoring;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The sex an instrument's cut-off depends on (AUDIT-C), as the API spells it: {@code "female"} or {@code "male"}. */
public enum Sex {
    FEMALE,
    MALE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Sex> parse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "female" -> Optional.of(FEMALE);
            case "male" -> Optional.of(MALE);
            default -> Optional.empty();
        };
    }
}
