package org.stepwise.episodes.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.stepwise.episodes.CareLevels;
import org.stepwise.episodes.DischargeRequest;
import org.stepwise.episodes.DischargeType;

/**
 * What a discharge must name, as plain Java: the type, a date from the admission to today, a reason, a level of care
 * that fits the type (a step down lower than at admission, a step up higher) and, for a transfer, who takes over.
 */
public final class DischargeRules {

    /** The continuum's levels a client may go on to, least intensive first ({@link CareLevels}). */
    public static final List<String> LEVELS = CareLevels.CODES;

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z!?]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    private DischargeRules() {}

    /** A checked discharge: every text stripped, the level and destination null when not named. */
    public record Checked(DischargeType type, LocalDate dischargedOn, String reason, @Nullable String levelAtDischarge,
            @Nullable String destination) {}

    /**
     * What is wrong with the request, keyed by field ({@code type}, {@code dischargedOn}, {@code reason},
     * {@code levelAtDischarge}, {@code destination}); empty when it will do.
     */
    public static Map<String, String> problems(DischargeRequest request, LocalDate admittedOn, String levelAtAdmission,
            LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        DischargeType type = request.type();
        if (type == null) {
            problems.put("type", "Choose how the episode ended.");
        }
        LocalDate on = request.dischargedOn();
        if (on == null) {
            problems.put("dischargedOn", "Enter the last day of treatment.");
        } else if (on.isBefore(admittedOn)) {
            problems.put("dischargedOn", "The discharge date " + on + " is before the admission on " + admittedOn + ".");
        } else if (on.isAfter(today)) {
            problems.put("dischargedOn", "The discharge date " + on + " is in the future; discharge on the last day "
                    + "of treatment, today at the latest.");
        }
        text(request.reason(), 3, 1000, "reason", "Say why the client is discharged (3 to 1,000 characters).",
                problems);
        String level = blankToNull(request.levelAtDischarge());
        if (level != null && !LEVELS.contains(level)) {
            problems.put("levelAtDischarge", "Choose a level of care from " + String.join(", ", LEVELS) + ".");
        } else if (type != null) {
            levelProblem(type, level, levelAtAdmission).ifPresent(p -> problems.put("levelAtDischarge", p));
        }
        String destination = blankToNull(request.destination());
        if (destination != null) {
            text(destination, 1, 200, "destination", "Name the provider or program in at most 200 characters.",
                    problems);
        } else if (type != null && type.needsDestination()) {
            problems.put("destination", "Name the provider or program the client is transferred to.");
        }
        return problems;
    }

    /** The request once {@link #problems} found nothing wrong. */
    public static Checked checked(DischargeRequest request) {
        return new Checked(java.util.Objects.requireNonNull(request.type()),
                java.util.Objects.requireNonNull(request.dischargedOn()),
                java.util.Objects.requireNonNull(request.reason()).strip(), blankToNull(request.levelAtDischarge()),
                blankToNull(request.destination()));
    }

    private static java.util.Optional<String> levelProblem(DischargeType type, @Nullable String level,
            String atAdmission) {
        int compared = level == null ? 0 : new BigDecimal(level).compareTo(new BigDecimal(atAdmission));
        return java.util.Optional.ofNullable(switch (type.levelRule()) {
            case LOWER -> level == null ? "Choose the lower level of care the client steps down to."
                    : compared < 0 ? null
                    : "A step down goes to a level below " + atAdmission + " (the level at admission); " + level
                            + " is not lower.";
            case HIGHER -> level == null ? "Choose the higher level of care the client steps up to."
                    : compared > 0 ? null
                    : "A step up goes to a level above " + atAdmission + " (the level at admission); " + level
                            + " is not higher. Use \"transferred\" for care at the same level elsewhere.";
            case NOT_HIGHER -> compared > 0 ? "A client who completed the program does not go on to a higher level ("
                    + level + "); record a step up instead." : null;
            case ANY -> null;
        });
    }

    private static void text(@Nullable String value, int min, int max, String field, String message,
            Map<String, String> problems) {
        String text = value == null ? "" : value.strip();
        int length = text.codePointCount(0, text.length());
        if (length < min || length > max) {
            problems.put(field, message);
        } else if (TAG.matcher(text).find() || CONTROL.matcher(text).find()) {
            problems.put(field, "Write plain text, without anything that looks like an HTML tag.");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
