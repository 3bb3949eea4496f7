package org.stepwise.safety.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.stepwise.safety.RecoveryPlanContent;
import org.stepwise.safety.RecoveryPlanKind;

/**
 * What a safety or relapse prevention plan must hold. A draft may leave sections empty (plans are written together
 * with the client, often over more than one session) but not all of them; a version is signed only once every section
 * that is not optional is written and, for a relapse prevention plan, a review date is set.
 */
public final class RecoveryPlanRules {

    /** The longest section, in characters. */
    public static final int MAX_SECTION = 4000;
    /** How far ahead a review date may be set. */
    public static final int MAX_REVIEW_DAYS_AHEAD = 366;

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z!?]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    private RecoveryPlanRules() {}

    /** A submission read: the content when nothing is wrong, else the problems keyed by field. */
    public record Read(@Nullable RecoveryPlanContent content, Map<String, String> errors) {

        public Read {
            errors = Map.copyOf(errors);
        }
    }

    /**
     * Reads a submission: the sections of the kind (other keys are ignored) and the review date as typed.
     *
     * @param today the clinic's date, for the review date's range
     */
    public static Read read(RecoveryPlanKind kind, Map<String, String> typed, @Nullable String reviewOn,
            LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> sections = new LinkedHashMap<>();
        for (String section : kind.sections()) {
            String text = typed.get(section);
            if (text == null || text.isBlank()) {
                continue;
            }
            text = text.replace("\r\n", "\n").strip();
            int length = text.codePointCount(0, text.length());
            if (length > MAX_SECTION) {
                errors.put(section, "This section is " + length + " characters long; the limit is " + MAX_SECTION
                        + ".");
            } else if (TAG.matcher(text).find()) {
                errors.put(section, "Write plain text: remove anything that looks like an HTML tag (such as <script>).");
            } else if (CONTROL.matcher(text).find()) {
                errors.put(section, "This section contains control characters; write plain text.");
            }
            sections.put(section, text);
        }
        LocalDate review = null;
        if (kind.hasReviewDate() && reviewOn != null && !reviewOn.isBlank()) {
            try {
                review = LocalDate.parse(reviewOn.strip());
                if (review.isBefore(today) || review.isAfter(today.plusDays(MAX_REVIEW_DAYS_AHEAD))) {
                    errors.put("reviewOn", "Choose a review date from today (" + today + ") to a year ahead ("
                            + today.plusDays(MAX_REVIEW_DAYS_AHEAD) + ").");
                }
            } catch (DateTimeParseException e) {
                errors.put("reviewOn", "Enter the review date as yyyy-mm-dd.");
            }
        }
        if (sections.isEmpty() && errors.isEmpty()) {
            errors.put("form", "Write at least one section before saving.");
        }
        return errors.isEmpty() ? new Read(new RecoveryPlanContent(sections, review), Map.of())
                : new Read(null, errors);
    }

    /** What must still be written before a version can be signed: section keys, and {@code reviewOn}. */
    public static List<String> missingForSigning(RecoveryPlanKind kind, RecoveryPlanContent content) {
        List<String> missing = new ArrayList<>();
        for (String section : kind.sections()) {
            if (!kind.isOptional(section) && content.text(section).isEmpty()) {
                missing.add(section);
            }
        }
        if (kind.hasReviewDate() && content.reviewOn() == null) {
            missing.add("reviewOn");
        }
        return missing;
    }
}
