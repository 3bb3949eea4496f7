package org.stepwise.intake.placement;

import java.util.LinkedHashMap;
import java.util.Map;
import org.stepwise.shared.InvalidRequestException;

/** Collects every problem with a request, so that one answer names them all; the first message per field wins. */
public final class FieldErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();

    public void add(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** @throws InvalidRequestException (answered with 400) listing every problem, if there is one */
    public void throwIfAny() {
        if (errors.isEmpty()) {
            return;
        }
        StringBuilder detail = new StringBuilder();
        errors.forEach((field, message) -> detail.append(detail.isEmpty() ? "" : " ").append(field).append(": ")
                .append(message));
        throw new InvalidRequestException(detail.toString(), errors);
    }
}
