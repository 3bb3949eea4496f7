package org.stepwise.clients.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** One message per field, for showing each error beside its field ({@code aria-describedby}). */
final class FormErrors {

    private FormErrors() {}

    static Map<String, String> of(BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), error.isBindingFailure() ? "This value has the wrong form."
                    : String.valueOf(error.getDefaultMessage()));
        }
        binding.getGlobalErrors().forEach(error -> errors.putIfAbsent("form", String.valueOf(error.getDefaultMessage())));
        return errors;
    }

    /** Adds the domain's messages for fields that Jakarta validation did not already flag. */
    static void merge(Map<String, String> errors, Map<String, String> more) {
        more.forEach(errors::putIfAbsent);
    }

    static boolean checked(@org.jspecify.annotations.Nullable String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on"));
    }

    /** The version a form was loaded at (a hidden field), or null when it is missing or not a number. */
    static @org.jspecify.annotations.Nullable Integer version(@org.jspecify.annotations.Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
