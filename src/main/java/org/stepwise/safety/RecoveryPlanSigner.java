package org.stepwise.safety;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Who signs a safety or relapse prevention plan: the client (recorded by the clinician) and the clinician. */
public enum RecoveryPlanSigner {
    CLIENT("Client"),
    CLINICIAN("Clinician");

    private final String label;

    RecoveryPlanSigner(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<RecoveryPlanSigner> parse(@Nullable String text) {
        return text == null ? Optional.empty()
                : Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(text.strip())).findFirst();
    }
}
