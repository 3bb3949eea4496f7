package org.stepwise.intake.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.stepwise.intake.Candidacy;

/**
 * A placement as entered on the chart: a rating and justification per dimension ({@code ratings[d1]},
 * {@code justifications[d1]}), the five candidacy answers as yes/no, the level provided and why it differs, the dates,
 * and the id of this submission (a double click stores one placement).
 */
record PlacementForm(
        @NotBlank(message = "Choose the framework.") @Size(max = 20, message = "Choose one of the frameworks.")
        @Nullable String framework,
        @Nullable Map<String, @Nullable String> ratings,
        @Nullable Map<String, @Nullable String> justifications,
        @Nullable String needsMoreThanWeekly,
        @Nullable String needs24HourCare,
        @Nullable String medicallyStable,
        @Nullable String homeSupportsRecovery,
        @Nullable String motivated,
        @Size(max = 4, message = "Choose one of the levels listed.") @Nullable String providedLevel,
        @Size(max = 2000, message = "Say why in at most 2000 characters.") @Nullable String differenceReason,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate assessedOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate reassessOn,
        @Nullable UUID submission) {

    static PlacementForm blank(String framework, LocalDate today) {
        return new PlacementForm(framework, Map.of(), Map.of(), null, null, null, null, null, null, null, today, null,
                UUID.randomUUID());
    }

    /** The ratings as numbers; a missing or non-numeric rating is null (the rule then asks for it). */
    Map<String, @Nullable Integer> ratingValues(Iterable<String> keys) {
        Map<String, @Nullable Integer> values = new LinkedHashMap<>();
        for (String key : keys) {
            String text = rating(key);
            Integer value = null;
            if (text != null && text.strip().matches("-?\\d{1,3}")) {
                value = Integer.valueOf(text.strip());
            }
            values.put(key, value);
        }
        return values;
    }

    Map<String, @Nullable String> justificationTexts(Iterable<String> keys) {
        Map<String, @Nullable String> texts = new LinkedHashMap<>();
        for (String key : keys) {
            texts.put(key, justification(key));
        }
        return texts;
    }

    public @Nullable String rating(String key) {
        return ratings == null ? null : ratings.get(key);
    }

    public @Nullable String justification(String key) {
        return justifications == null ? null : justifications.get(key);
    }

    /** A yes/no answer as given ("true", "false") or null, by the candidacy key. */
    public @Nullable String candidacyAnswer(String key) {
        return switch (key) {
            case "needsMoreThanWeekly" -> needsMoreThanWeekly;
            case "needs24HourCare" -> needs24HourCare;
            case "medicallyStable" -> medicallyStable;
            case "homeSupportsRecovery" -> homeSupportsRecovery;
            case "motivated" -> motivated;
            default -> null;
        };
    }

    /** The candidacy answers, or null with an error per unanswered question added to {@code errors}. */
    @Nullable Candidacy candidacy(Map<String, String> errors) {
        Boolean[] answers = new Boolean[Candidacy.KEYS.size()];
        for (int i = 0; i < answers.length; i++) {
            String key = Candidacy.KEYS.get(i);
            String answer = candidacyAnswer(key);
            if ("true".equals(answer) || "false".equals(answer)) {
                answers[i] = Boolean.valueOf(answer);
            } else {
                errors.putIfAbsent("candidacy." + key, "Answer yes or no.");
            }
        }
        for (Boolean answer : answers) {
            if (answer == null) {
                return null;
            }
        }
        return new Candidacy(answers[0], answers[1], answers[2], answers[3], answers[4]);
    }

    @Nullable String reason() {
        return differenceReason == null || differenceReason.isBlank() ? null : differenceReason;
    }
}
