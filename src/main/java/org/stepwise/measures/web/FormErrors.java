package org.stepwise.measures.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** One message per field, for showing each error beside its field. */
final class FormErrors {

    private FormErrors() {}

    static Map<String, String> of(BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), error.isBindingFailure() ? wrongForm(error.getField())
                    : String.valueOf(error.getDefaultMessage()));
        }
        binding.getGlobalErrors().forEach(error -> errors.putIfAbsent("form", String.valueOf(error.getDefaultMessage())));
        return errors;
    }

    private static String wrongForm(String field) {
        return switch (field) {
            case "administeredOn" -> "Enter the day it was administered as yyyy-mm-dd.";
            case "submission" -> "This form has lost its submission id; open it again.";
            default -> "This value has the wrong form.";
        };
    }
}
