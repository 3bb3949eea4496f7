package org.stepwise.safety;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The two plans a client writes with their clinician, each kept in the same versioned, signed store. The section keys
 * are stored in each version's content; their headings and hints (in our own words, iop-domain §7) are in the
 * {@code safety} message bundle under {@code safety.plan.section.<KIND>.<key>}.
 */
public enum RecoveryPlanKind {

    /** Six sections, then what matters most to the person (optional). */
    SAFETY("safety-plan", "Safety plan", List.of("warningSigns", "copingStrategies", "distractions", "helpers",
            "professionals", "environment", "whatMattersMost"), List.of("whatMattersMost"), false),

    /** Reasons, triggers, warning signs in three stages, coping, daily activities, supports, a lapse, a review date. */
    RELAPSE_PREVENTION("relapse-plan", "Relapse prevention plan", List.of("reasons", "triggers", "earlyWarningSigns",
            "middleWarningSigns", "immediateWarningSigns", "copingAndRefusal", "dailyActivities", "supportContacts",
            "afterLapse"), List.of(), true);

    private final String path;
    private final String label;
    private final List<String> sections;
    private final List<String> optional;
    private final boolean hasReviewDate;

    RecoveryPlanKind(String path, String label, List<String> sections, List<String> optional, boolean hasReviewDate) {
        this.path = path;
        this.label = label;
        this.sections = sections;
        this.optional = optional;
        this.hasReviewDate = hasReviewDate;
    }

    /** The plan's part of a URL: {@code safety-plan}, {@code relapse-plan}. */
    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    /** The section keys in the order the plan shows them. */
    public List<String> sections() {
        return sections;
    }

    /** Whether a section may stay empty on a signed version. */
    public boolean isOptional(String section) {
        return optional.contains(section);
    }

    /** The relapse prevention plan carries the day it is next reviewed. */
    public boolean hasReviewDate() {
        return hasReviewDate;
    }

    public static Optional<RecoveryPlanKind> ofPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }
}
