package org.stepwise.intake.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stepwise.intake.Candidacy;
import org.stepwise.intake.LevelOfCare;
import org.stepwise.intake.PlacementFramework;
import org.stepwise.intake.placement.FieldErrors;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of a JSON request strictly, so that a wrong type gets a message naming the field instead of being
 * coerced (a rating of 2.5 is refused, never truncated to 2; {@code "true"} is not a boolean). Problems go into
 * {@link FieldErrors}; which keys and values the framework accepts is the domain's check.
 */
final class JsonFields {

    private final FieldErrors errors;

    JsonFields(FieldErrors errors) {
        this.errors = errors;
    }

    @Nullable PlacementFramework framework(@Nullable JsonNode node) {
        String key = text(node, "framework", true);
        if (key == null) {
            return null;
        }
        return PlacementFramework.fromKey(key).orElseGet(() -> {
            errors.add("framework", "Unknown framework \"" + key + "\": use one of " + PlacementFramework.keys() + ".");
            return null;
        });
    }

    @Nullable LevelOfCare level(@Nullable JsonNode node, String field) {
        String code = text(node, field, true);
        if (code == null) {
            return null;
        }
        return LevelOfCare.fromCode(code).orElseGet(() -> {
            errors.add(field, "\"" + code + "\" is not a level of care: use one of " + LevelOfCare.codes() + ".");
            return null;
        });
    }

    /** Dimension key to rating; a value that is not a whole number is reported here, its range by the domain. */
    Map<String, @Nullable Integer> ratings(@Nullable JsonNode node) {
        Map<String, @Nullable Integer> ratings = new LinkedHashMap<>();
        if (!isObject(node, "ratings", "an object from each dimension key to its rating 0 to 4")) {
            return ratings;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            JsonNode value = entry.getValue();
            String field = "ratings." + entry.getKey();
            if (!value.isIntegralNumber()) {
                errors.add(field, "The rating of " + entry.getKey() + " must be a whole number from 0 to 4.");
            } else if (!value.canConvertToInt()) {
                errors.add(field, "The rating of " + entry.getKey() + " must be 0 to 4.");
            } else {
                ratings.put(entry.getKey(), value.intValue());
            }
        }
        return ratings;
    }

    /** All five answers are required, each true or false, so that no check is skipped by leaving it out. */
    @Nullable Candidacy candidacy(@Nullable JsonNode node) {
        if (!isObject(node, "candidacy", "an object with " + String.join(", ", Candidacy.KEYS) + " (each true or false)")) {
            return null;
        }
        boolean[] answers = new boolean[Candidacy.KEYS.size()];
        boolean complete = true;
        for (int i = 0; i < answers.length; i++) {
            String key = Candidacy.KEYS.get(i);
            JsonNode value = node.get(key);
            if (value == null || !value.isBoolean()) {
                errors.add("candidacy." + key, "Answer " + key + " with true or false.");
                complete = false;
            } else {
                answers[i] = value.booleanValue();
            }
        }
        for (String key : node.propertyNames()) {
            if (!Candidacy.KEYS.contains(key)) {
                errors.add("candidacy." + key, "\"" + key + "\" is not a candidacy question; the questions are "
                        + String.join(", ", Candidacy.KEYS) + ".");
                complete = false;
            }
        }
        return complete ? new Candidacy(answers[0], answers[1], answers[2], answers[3], answers[4]) : null;
    }

    /** Dimension key to text; a value that is not text is reported here, presence and length by the domain. */
    Map<String, @Nullable String> texts(@Nullable JsonNode node, String field) {
        Map<String, @Nullable String> texts = new LinkedHashMap<>();
        if (!isObject(node, field, "an object from each dimension key to a justification")) {
            return texts;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (entry.getValue().isString()) {
                texts.put(entry.getKey(), entry.getValue().asString());
            } else {
                errors.add(field + "." + entry.getKey(), "Write the " + field + " of " + entry.getKey() + " as text.");
            }
        }
        return texts;
    }

    @Nullable LocalDate date(@Nullable JsonNode node, String field) {
        String text = text(node, field, false);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(field, "\"" + text + "\" is not a date: write it as yyyy-mm-dd.");
            return null;
        }
    }

    @Nullable String text(@Nullable JsonNode node, String field, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                errors.add(field, field + " is required.");
            }
            return null;
        }
        if (!node.isString()) {
            errors.add(field, field + " must be text.");
            return null;
        }
        return node.asString();
    }

    private boolean isObject(@Nullable JsonNode node, String field, String shape) {
        if (node == null || node.isNull()) {
            errors.add(field, field + " is required: " + shape + ".");
            return false;
        }
        if (!node.isObject()) {
            errors.add(field, field + " must be " + shape + ".");
            return false;
        }
        return true;
    }
}
