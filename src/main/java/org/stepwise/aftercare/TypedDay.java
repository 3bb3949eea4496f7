package org.stepwise.aftercare;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A day typed into a form for something already done (a copy given, a referral sent): today when empty, never later. */
final class TypedDay {

    private TypedDay() {}

    /**
     * The typed day, or today when nothing was typed. A day that cannot be read, or one after today, puts a message
     * under {@code field} in {@code errors} (the future one says {@code notInFuture}).
     */
    static LocalDate read(@Nullable String typed, LocalDate today, String field, String notInFuture,
            Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            return today;
        }
        try {
            LocalDate day = LocalDate.parse(typed.strip());
            if (day.isAfter(today)) {
                errors.put(field, notInFuture);
            }
            return day;
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter the date as yyyy-mm-dd.");
            return today;
        }
    }
}
