package org.stepwise.safety.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.stepwise.measures.SafetyFlags;
import org.stepwise.safety.Severity;

/**
 * Which scored administrations open a safety alert, and why, in words. Plain Java.
 * <ul>
 *   <li>PHQ-9 flag {@code item9-suicidal-ideation} (item 9 above 0, at any total): moderate;
 *   <li>C-SSRS screener flags {@code suicide-risk-moderate} / {@code suicide-risk-high}: moderate / high;
 *   <li>anything else (C-SSRS low or none, PHQ-9 item 9 = 0, other instruments' flags): no alert.
 * </ul>
 * Should an instrument raise several of these flags, the highest severity wins and every reason is given.
 */
final class SafetyRule {

    static final String ITEM9 = SafetyFlags.PHQ9_ITEM9;
    static final String CSSRS_MODERATE = SafetyFlags.SUICIDE_RISK_MODERATE;
    static final String CSSRS_HIGH = SafetyFlags.SUICIDE_RISK_HIGH;

    /** The PHQ-9's printed answer options (public domain), for saying how often item 9 applied. */
    private static final List<String> PHQ9_FREQUENCY = List.of("not at all", "several days", "more than half the days",
            "nearly every day");

    record Finding(Severity severity, String reason) {}

    private SafetyRule() {}

    /**
     * @param instrumentName the instrument's display name for the reason ({@code PHQ-9})
     * @param item9 the PHQ-9 item 9 answer when known, to say how often; null otherwise
     */
    static Optional<Finding> assess(String instrumentName, List<String> flags, @Nullable Integer item9,
            LocalDate administeredOn) {
        Severity severity = null;
        StringBuilder reason = new StringBuilder();
        if (flags.contains(CSSRS_HIGH)) {
            severity = Severity.HIGH;
            reason.append(instrumentName).append(" risk level high");
        } else if (flags.contains(CSSRS_MODERATE)) {
            severity = Severity.MODERATE;
            reason.append(instrumentName).append(" risk level moderate");
        }
        if (flags.contains(ITEM9)) {
            severity = severity == null ? Severity.MODERATE : severity;
            if (!reason.isEmpty()) {
                reason.append("; ");
            }
            reason.append(instrumentName).append(" item 9 (thoughts of being better off dead or of self-harm)");
            if (item9 != null && item9 > 0 && item9 < PHQ9_FREQUENCY.size()) {
                reason.append(" answered \"").append(PHQ9_FREQUENCY.get(item9)).append("\" (").append(item9)
                        .append(')');
            } else {
                reason.append(" answered above 0");
            }
        }
        if (severity == null) {
            return Optional.empty();
        }
        reason.append(", administered on ").append(administeredOn).append('.');
        return Optional.of(new Finding(severity, reason.toString()));
    }
}
