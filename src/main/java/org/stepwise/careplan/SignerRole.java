package org.stepwise.careplan;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The three signatures that put a version of the plan in effect: the client's (recorded by the clinician who saw them
 * sign), the clinician's and the physician's.
 */
public enum SignerRole {
    CLIENT("Client"),
    CLINICIAN("Clinician"),
    PHYSICIAN("Physician");

    private final String label;

    SignerRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<SignerRole> parse(@Nullable String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(key)).findFirst();
    }
}
