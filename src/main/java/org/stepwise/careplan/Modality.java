package org.stepwise.careplan;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The kind of treatment an intervention of the plan delivers. */
public enum Modality {
    CBT("Cognitive behavioral therapy (CBT)"),
    DBT("Dialectical behavior therapy (DBT) skills"),
    MOTIVATIONAL_INTERVIEWING("Motivational interviewing"),
    EXPOSURE("Exposure therapy"),
    FAMILY_THERAPY("Family therapy"),
    MEDICATION_MANAGEMENT("Medication management"),
    PSYCHOEDUCATION("Psychoeducation"),
    HOLISTIC_PRACTICE("Holistic practice (mindfulness, yoga, art)"),
    RELAPSE_PREVENTION("Relapse prevention"),
    CASE_MANAGEMENT("Case management");

    private final String label;

    Modality(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The modality named (any case, spaces or hyphens for underscores), if it is one. */
    public static Optional<Modality> parse(@Nullable String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(m -> m.name().equals(key)).findFirst();
    }
}
