package org.stepwise.discharge.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stepwise.episodes.DischargeRequest;
import org.stepwise.episodes.DischargeType;
import org.stepwise.shared.web.FormErrors;

/**
 * The discharge form as typed: kept as text so that a refused form comes back exactly as the user left it; read into a
 * {@link DischargeRequest} with the problems only the form can have (a date or type that does not parse).
 */
record DischargeForm(Map<String, String> values) {

    static final String[] FIELDS = {"type", "dischargedOn", "reason", "levelAtDischarge", "destination", "version"};

    static DischargeForm of(Map<String, String> submitted) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = submitted.get(field);
            values.put(field, value == null ? "" : value);
        }
        return new DischargeForm(values);
    }

    static DischargeForm blank(LocalDate today, int version) {
        return of(Map.of("dischargedOn", today.toString(), "version", String.valueOf(version)));
    }

    String get(String field) {
        return values.getOrDefault(field, "");
    }

    /** Problems of form only; the domain ({@code DischargeRules}) judges the rest. */
    Map<String, String> unreadable() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!get("type").isBlank() && type() == null) {
            problems.put("type", "Choose how the episode ended.");
        }
        if (!get("dischargedOn").isBlank() && dischargedOn() == null) {
            problems.put("dischargedOn", "Enter the date as yyyy-mm-dd.");
        }
        return problems;
    }

    DischargeRequest request() {
        return new DischargeRequest(type(), dischargedOn(), get("reason"), get("levelAtDischarge"),
                get("destination"), FormErrors.version(get("version")));
    }

    private @Nullable DischargeType type() {
        try {
            return get("type").isBlank() ? null : DischargeType.valueOf(get("type").strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private @Nullable LocalDate dischargedOn() {
        try {
            return get("dischargedOn").isBlank() ? null : LocalDate.parse(get("dischargedOn").strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
