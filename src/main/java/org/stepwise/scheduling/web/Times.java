package org.stepwise.scheduling.web;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.shared.InvalidRequestException;

/** Reading what people type for times and weeks, with a message they can act on. */
final class Times {

    private Times() {}

    /** A time of day as {@code hh:mm}; empty for a blank value; an error (under {@code field}) for anything else. */
    static Optional<LocalTime> time(@Nullable String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(text.strip()));
        } catch (DateTimeParseException e) {
            errors.putIfAbsent(field, "Enter a time as hh:mm, such as 10:00 or 18:30.");
            return Optional.empty();
        }
    }

    /** {@code 2026-W48}, or a 400 naming the week. */
    static IsoWeek week(String text) {
        try {
            return IsoWeek.parse(text);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.forField("week", e.getMessage());
        }
    }
}
