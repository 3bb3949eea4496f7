package org.stepwise.staff.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.stepwise.shared.InvalidRequestException;

/**
 * Collects every problem with a request before refusing it, so that a person sees all they must fix at once: first the
 * Jakarta constraints of the record, then rules that need the database (a duplicate name, an unknown site).
 */
public final class Checks {

    private final Map<String, String> errors = new LinkedHashMap<>();

    private Checks() {}

    public static Checks of(Validator validator, Object request) {
        Checks checks = new Checks();
        validator.validate(request).stream()
                // Stable order: the order of the record's components is lost, so sort by field and constraint.
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString())
                        .thenComparing(v -> rank(v)))
                .forEach(v -> checks.errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        return checks;
    }

    /** "Required" before "too long" before "wrong characters": the first thing to fix is shown. */
    private static int rank(ConstraintViolation<?> violation) {
        String type = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (type) {
            case "NotNull", "NotBlank" -> 0;
            case "Size", "Min", "Max", "DecimalMin", "DecimalMax" -> 1;
            default -> 2;
        };
    }

    public Checks add(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    public boolean fine(String field) {
        return !errors.containsKey(field);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Nothing was saved. " + String.join(" ", errors.values()), errors);
        }
    }
}
