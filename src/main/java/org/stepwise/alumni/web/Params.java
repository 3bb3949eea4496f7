package org.stepwise.alumni.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Reads the alumni forms' values, which arrive as text: an unreadable value becomes a message beside its field rather
 * than a binding error page.
 */
final class Params {

    private Params() {}

    static Optional<UUID> uuid(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The UUID, or an error under {@code field} when a value was sent that is not one. */
    static @Nullable UUID uuid(@Nullable String value, String field, String message, Map<String, String> errors) {
        Optional<UUID> parsed = uuid(value);
        if (parsed.isEmpty() && value != null && !value.isBlank()) {
            errors.put(field, message);
        }
        return parsed.orElse(null);
    }

    static @Nullable Integer integer(@Nullable String value, String field, String message, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.put(field, message);
            return null;
        }
    }

    static @Nullable LocalTime time(@Nullable String value, String field, String message, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, message);
            return null;
        }
    }

    static @Nullable LocalDate date(@Nullable String value, String field, String message, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, message);
            return null;
        }
    }

    /** "true"/"on" yes, "false" no, anything else (or nothing) no answer. */
    static @Nullable Boolean yesNo(@Nullable String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "on", "yes" -> Boolean.TRUE;
            case "false", "no" -> Boolean.FALSE;
            default -> null;
        };
    }
}
