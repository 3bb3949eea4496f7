package org.stepwise.attendance.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.stepwise.attendance.AttendanceStatus;

/** Reading the text fields of the attendance forms, with a message for each thing that cannot be read. */
final class FormParts {

    private FormParts() {}

    /** Values that could not be bound at all (a word where a number belongs), by field. */
    static Map<String, String> bindingErrors(BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), "Enter a whole number.");
        }
        return errors;
    }

    static Optional<UUID> uuid(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Optional<AttendanceStatus> status(@Nullable String text) {
        return text == null || text.isBlank() ? Optional.empty() : AttendanceStatus.parse(text);
    }
}
