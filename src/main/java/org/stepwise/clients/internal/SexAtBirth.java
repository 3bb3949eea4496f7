package org.stepwise.clients.internal;

import java.util.Locale;
import java.util.Optional;

/** Sex assigned at birth, as the client table's check allows. Gender identity is a separate, free-text field. */
public enum SexAtBirth {
    FEMALE("Female"),
    MALE("Male"),
    INTERSEX("Intersex"),
    UNKNOWN("Unknown or not disclosed");

    private final String label;

    SexAtBirth(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Optional<SexAtBirth> parse(String text) {
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
