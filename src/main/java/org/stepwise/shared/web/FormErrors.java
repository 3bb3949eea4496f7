package org.stepwise.shared.web;

import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.stepwise.shared.InvalidRequestException;

/**
 * Errors to show beside a form's fields: values that could not even be read (a word where a number belongs) first,
 * then the domain record's own constraints, each with a message a person can act on.
 */
public final class FormErrors {

    /** What a value that could not be read gets, unless the form says more. */
    public static final String WRONG_FORM = "This value has the wrong form.";

    private FormErrors() {}

    /**
     * One message per field, to show beside it: the constraint's message, or {@link #WRONG_FORM} for a value that
     * could not be read; the form-wide messages under {@code "form"}.
     */
    public static Map<String, String> of(BindingResult binding) {
        return of(binding, field -> WRONG_FORM);
    }

    /** As {@link #of(BindingResult)}, with {@code unreadable} naming, per field, what to type instead. */
    public static Map<String, String> of(BindingResult binding, UnaryOperator<String> unreadable) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), error.isBindingFailure() ? unreadable.apply(error.getField())
                    : String.valueOf(error.getDefaultMessage()));
        }
        binding.getGlobalErrors().forEach(error -> errors.putIfAbsent("form", String.valueOf(error.getDefaultMessage())));
        return errors;
    }

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

    /** Adds the domain's messages for fields that Jakarta validation did not already flag. */
    public static void merge(Map<String, String> errors, Map<String, String> more) {
        more.forEach(errors::putIfAbsent);
    }

    /** A checkbox's value: ticked when the browser sent "on" (or "true"). */
    public static boolean checked(@org.jspecify.annotations.Nullable String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on"));
    }

    /** The version a form was loaded at (a hidden field), or null when it is missing or not a number. */
    public static @org.jspecify.annotations.Nullable Integer version(@org.jspecify.annotations.Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
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
