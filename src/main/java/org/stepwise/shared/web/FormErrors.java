package org.stepwise.shared.web;

import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.stepwise.shared.InvalidRequestException;

/**
 * Errors to show beside a form's fields: values that could not even be read (a word where a number belongs) first,
 * then the domain record's own constraints, each with a message a person can act on.
 */
public final class FormErrors {

    private FormErrors() {}

    /** The binding failures of the form, plus (when there are any) the constraints of what could be read. */
    public static Map<String, String> of(BindingResult binding, Validator validator, Object details) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), unreadable(error));
        }
        if (!errors.isEmpty()) {
            validator.validate(details).forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        }
        return errors;
    }

    /** What the domain refused: its messages beside their fields, or (naming no field) its message above the form. */
    public static Map<String, String> of(InvalidRequestException refused) {
        return refused.fieldErrors().isEmpty() ? Map.of("form", String.valueOf(refused.getMessage()))
                : refused.fieldErrors();
    }

    private static String unreadable(FieldError error) {
        String codes = Arrays.toString(error.getCodes());
        if (codes.contains("java.lang.Integer") || codes.contains("java.lang.Long")) {
            return "Enter a whole number.";
        }
        if (codes.contains("java.math.BigDecimal")) {
            return "Enter a number, such as 9 or 9.5.";
        }
        if (codes.contains("java.time.LocalDate")) {
            return "Enter a date as yyyy-mm-dd.";
        }
        if (codes.contains("java.lang.Boolean")) {
            return "Choose yes or no.";
        }
        return "Choose one of the listed options.";
    }
}
