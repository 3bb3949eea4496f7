package org.stepwise.followup.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.stepwise.followup.AftercareAttendance;
import org.stepwise.followup.AttemptRequest;
import org.stepwise.followup.AttemptResult;
import org.stepwise.followup.Housing;
import org.stepwise.followup.WorkOrSchool;
import org.stepwise.shared.web.FormErrors;

/**
 * An attempt as the page and the API send it, every value as text: read into an {@link AttemptRequest}, with a message
 * per field that could not be read. Choices are their names, in any case ("reached", "NO_ANSWER").
 */
record AttemptForm(@Nullable String version, @Nullable String result, @Nullable String note,
        @Nullable String phq9Total, @Nullable String bamUseDays, @Nullable String housing,
        @Nullable String workOrSchool, @Nullable String hospitalSinceDischarge, @Nullable String aftercare) {

    static AttemptForm blank() {
        return new AttemptForm(null, null, null, null, null, null, null, null, null);
    }

    record Read(AttemptRequest request, Map<String, String> errors) {}

    Read read() {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer readVersion = FormErrors.version(version);
        if (version != null && !version.isBlank() && readVersion == null) {
            errors.put("version", "The form has lost track of which version you opened: open the follow-up again.");
        }
        AttemptRequest request = new AttemptRequest(readVersion,
                choice("result", result, AttemptResult::valueOf, "Choose how the attempt went.", errors), note,
                number("phq9Total", phq9Total, "Enter the PHQ-9 total as a whole number, 0 to 27.", errors),
                number("bamUseDays", bamUseDays, "Enter the days of use as a whole number, 0 to 30.", errors),
                choice("housing", housing, Housing::valueOf, "Choose stable, unstable or homeless.", errors),
                choice("workOrSchool", workOrSchool, WorkOrSchool::valueOf,
                        "Choose working, in school, looking, or neither.", errors),
                yesNo("hospitalSinceDischarge", hospitalSinceDischarge, errors),
                choice("aftercare", aftercare, AftercareAttendance::valueOf, "Choose yes, partly or no.", errors));
        return new Read(request, errors);
    }

    static <E> @Nullable E choice(String field, @Nullable String value, Function<String, E> parse, String message,
            Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            errors.put(field, message);
            return null;
        }
    }

    private static @Nullable Integer number(String field, @Nullable String value, String message,
            Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (!text.matches("-?\\d{1,6}")) {
            errors.put(field, message);
            return null;
        }
        return Integer.valueOf(text);
    }

    private static @Nullable Boolean yesNo(String field, @Nullable String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> Boolean.TRUE;
            case "no", "false" -> Boolean.FALSE;
            default -> {
                errors.put(field, "Choose yes or no.");
                yield null;
            }
        };
    }
}
